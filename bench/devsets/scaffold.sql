-- Made-up schema: a scaffolding hire company in West/North Yorkshire (yards, stock catalogue,
-- customers, hire contracts with the site on the contract, erect / dismantle / alteration jobs,
-- fortnightly tag inspections, loss & damage charges, hire invoices). Amounts in GBP.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS hire_invoice;
DROP TABLE IF EXISTS loss_damage;
DROP TABLE IF EXISTS tag_inspection;
DROP TABLE IF EXISTS scaff_job;
DROP TABLE IF EXISTS hire_contract;
DROP TABLE IF EXISTS customer;
DROP TABLE IF EXISTS component;
DROP TABLE IF EXISTS depot;

-- ---------------------------------------------------------------- depot (yards)
CREATE TABLE depot (
    depot_id    smallint PRIMARY KEY,
    depot_name  text NOT NULL,
    town        text NOT NULL,
    postcode    varchar(8) NOT NULL,
    opened_on   date NOT NULL,
    yard_mgr    text,
    is_active   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE depot IS 'Our yards, where kit is stored and gangs start from';
COMMENT ON COLUMN depot.yard_mgr IS 'yard manager; NULL = run from Leeds';
COMMENT ON COLUMN depot.is_active IS 'false = yard closed (Harrogate shut in Aug 2023)';

INSERT INTO depot VALUES
    (1, 'Leeds Yard',      'Leeds',     'LS11 5QP', '2009-04-01', 'Gary Holt',   true),
    (2, 'Bradford Yard',   'Bradford',  'BD4 7SZ',  '2014-09-15', 'Paula Firth', true),
    (3, 'Wakefield Yard',  'Wakefield', 'WF2 0XQ',  '2018-02-01', NULL,          true),
    (4, 'York Depot',      'York',      'YO30 4XG', '2021-06-07', 'Imran Sadiq', true),
    (5, 'Harrogate Store', 'Harrogate', 'HG1 4PX',  '2016-03-01', NULL,          false);

-- ---------------------------------------------------------------- component (stock catalogue)
CREATE TABLE component (
    comp_code     varchar(8) PRIMARY KEY,
    descr         text NOT NULL,
    comp_cat      char(2) NOT NULL,
    wt_kg         numeric(6,2) NOT NULL,
    wk_rate       numeric(6,2) NOT NULL,
    repl_cost     numeric(8,2) NOT NULL,
    qty_owned     integer NOT NULL,
    discontinued  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE component IS 'Scaffold kit we own and hire out; qty_owned is the count across all yards at the last stocktake';
COMMENT ON COLUMN component.comp_cat IS 'TU = tube, FT = fitting (couplers, pins), BD = board, BP = base plate / sole board, LD = ladder, SY = system scaffold (standards, ledgers), SF = safety (netting, sheeting)';
COMMENT ON COLUMN component.wt_kg IS 'weight of one item, kg';
COMMENT ON COLUMN component.wk_rate IS 'list weekly hire rate per item, GBP (only used when kit is hired loose)';
COMMENT ON COLUMN component.repl_cost IS 'what we charge the customer for one item lost or damaged beyond repair, GBP';

INSERT INTO component VALUES
    ('TUB21',  '21ft (6.4m) galv tube',            'TU', 27.80, 0.55,  38.00, 4200, false),
    ('TUB16',  '16ft (4.9m) galv tube',            'TU', 21.30, 0.45,  29.00, 3100, false),
    ('TUB13',  '13ft (4.0m) galv tube',            'TU', 17.30, 0.40,  24.00, 3600, false),
    ('TUB10',  '10ft (3.0m) galv tube',            'TU', 13.00, 0.35,  18.50, 2800, false),
    ('TUB08',  '8ft (2.4m) galv tube',             'TU', 10.40, 0.30,  15.00, 2500, false),
    ('TUB05',  '5ft (1.5m) galv tube',             'TU',  6.50, 0.25,   9.50, 2200, false),
    ('CPL-DB', 'Double (right angle) coupler',     'FT',  1.45, 0.10,   4.20, 16000, false),
    ('CPL-SW', 'Swivel coupler',                   'FT',  1.60, 0.12,   4.80, 6500, false),
    ('CPL-PL', 'Putlog coupler',                   'FT',  0.95, 0.08,   2.90, 9000, false),
    ('CPL-SL', 'Sleeve coupler',                   'FT',  1.05, 0.09,   3.60, 3000, false),
    ('JNT-PN', 'Joint pin',                        'FT',  0.70, 0.06,   2.40, 2000, true),
    ('BRD13',  '13ft (3.9m) scaffold board',       'BD', 22.00, 0.60,  21.00, 5200, false),
    ('BRD10',  '10ft (3.0m) scaffold board',       'BD', 17.00, 0.50,  16.50, 4100, false),
    ('BRD08',  '8ft (2.4m) scaffold board',        'BD', 13.50, 0.45,  13.50, 3000, false),
    ('BRD05',  '5ft (1.5m) scaffold board',        'BD',  8.50, 0.35,   9.00, 1800, false),
    ('BSP',    'Base plate',                       'BP',  1.60, 0.08,   3.20, 4500, false),
    ('SOL',    'Sole board (timber)',              'BP',  3.00, 0.10,   4.00, 3000, false),
    ('LAD4',   '4m aluminium ladder',              'LD', 11.00, 2.50, 120.00, 160, false),
    ('LAD6',   '6m aluminium ladder',              'LD', 16.50, 3.50, 175.00, 90, false),
    ('SYS-ST', 'System standard 3.0m',             'SY', 14.80, 0.60,  42.00, 900, true),
    ('SYS-LG', 'System ledger 2.5m',               'SY',  9.90, 0.50,  33.00, 1100, true),
    ('NET50',  'Debris netting 50m roll',          'SF', 18.00, 4.00,  65.00, 240, false),
    ('SHT-MF', 'Monaflex sheeting 25m roll',       'SF', 22.00, 6.00,  95.00, 130, false);

-- ---------------------------------------------------------------- customer
CREATE TABLE customer (
    cust_id     integer PRIMARY KEY,
    cust_name   text NOT NULL,
    acct_type   char(1) NOT NULL,
    credit_lim  numeric(10,2),
    vat_reg     varchar(12),
    email       text,
    created_at  timestamptz NOT NULL
);
COMMENT ON TABLE customer IS 'Customer accounts';
COMMENT ON COLUMN customer.acct_type IS 'B = builder / main contractor, R = roofer, D = developer, P = private householder, C = council / public body';
COMMENT ON COLUMN customer.credit_lim IS 'credit limit, GBP; NULL = no credit, pro-forma (pay up front)';
COMMENT ON COLUMN customer.vat_reg IS 'customer VAT registration number; NULL if not VAT registered';

INSERT INTO customer (cust_id, cust_name, acct_type, credit_lim, vat_reg, email, created_at)
SELECT g,
       CASE t WHEN 'B' THEN w || CASE WHEN g > 24 THEN ' Construction Ltd' ELSE ' Builders Ltd' END
              WHEN 'R' THEN w || CASE WHEN g > 24 THEN ' Roofing Services' ELSE ' Roofing' END
              WHEN 'D' THEN w || ' Developments Ltd'
              WHEN 'P' THEN (ARRAY['Mr','Mrs','Ms','Dr'])[1 + g % 4] || ' ' || sn
              ELSE w || ' Council' END,
       t,
       CASE WHEN t = 'P' THEN NULL WHEN g % 9 = 0 THEN NULL
            WHEN t = 'C' THEN 50000 WHEN t = 'D' THEN 25000 + (g % 3) * 5000 ELSE 2500 + (g % 5) * 2500 END,
       CASE WHEN t = 'P' OR g % 13 = 0 THEN NULL ELSE 'GB' || lpad(((g * 7919) % 1000000000)::text, 9, '0') END,
       CASE WHEN g % 8 = 0 THEN NULL
            WHEN t = 'P' THEN lower(sn) || g || '@example.com'
            ELSE 'accounts@' || lower(replace(w, ' ', '')) || '.example.co.uk' END,
       timestamptz '2022-12-28 10:15:00+00' + g * interval '19 days 5 hours' + ((g * 17) % 60) * interval '1 minute'
FROM (
    SELECT g,
           CASE WHEN g % 10 IN (1, 4, 7) THEN 'B' WHEN g % 10 IN (2, 8) THEN 'R' WHEN g % 10 = 5 THEN 'D'
                WHEN g % 10 IN (3, 6, 9) THEN 'P' ELSE 'C' END AS t,
           (ARRAY['Aire Valley','Pennine','Calder','Wharfedale','Ridings','Kirkstall','Ouse','Holbeck',
                  'Headingley','Swale','Moorside','Castleford','Ilkley','Otley','Denby','Shipley',
                  'Rothwell','Garforth','Bramley','Morley','Baildon','Tadcaster','Selby','Knaresborough'])[1 + (g * 5) % 24] AS w,
           (ARRAY['Hirst','Sutcliffe','Akhtar','Brennan','Walsh','Greenwood','Kowalski','Dobson','Mistry','Barraclough','Haigh','Nolan'])[1 + (g * 7) % 12] AS sn
    FROM generate_series(1, 40) AS g
) c;

-- ---------------------------------------------------------------- hire_contract (one per site / scaffold)
CREATE TABLE hire_contract (
    contract_no   integer PRIMARY KEY,
    cust_id       integer NOT NULL REFERENCES customer (cust_id),
    depot_id      smallint NOT NULL REFERENCES depot (depot_id),
    site_addr     text NOT NULL,
    site_town     text NOT NULL,
    site_pc       varchar(8),
    scaff_type    text NOT NULL,
    on_hire_dt    date,
    off_hire_dt   date,
    wk_rate       numeric(8,2) NOT NULL,
    min_wks       smallint NOT NULL,
    status        char(1) NOT NULL,
    created_at    timestamptz NOT NULL
);
COMMENT ON TABLE hire_contract IS 'Hire contracts: one scaffold at one customer site, supplied from one yard';
COMMENT ON COLUMN hire_contract.scaff_type IS 'independent, putlog, chimney stack, birdcage, tower, temporary roof';
COMMENT ON COLUMN hire_contract.on_hire_dt IS 'date the scaffold was handed over (hire starts); NULL for quotes and cancelled';
COMMENT ON COLUMN hire_contract.off_hire_dt IS 'date the customer called it off hire; NULL = still on hire (or never went up)';
COMMENT ON COLUMN hire_contract.wk_rate IS 'agreed weekly hire charge for the whole scaffold, GBP excl VAT';
COMMENT ON COLUMN hire_contract.min_wks IS 'minimum hire period in weeks';
COMMENT ON COLUMN hire_contract.status IS 'Q = quote (not yet accepted), L = live (on hire), O = off hire (struck and collected), X = cancelled';
COMMENT ON COLUMN hire_contract.site_pc IS 'site postcode; NULL where the site had none yet (new build plots)';

INSERT INTO hire_contract (contract_no, cust_id, depot_id, site_addr, site_town, site_pc, scaff_type,
                           on_hire_dt, off_hire_dt, wk_rate, min_wks, status, created_at)
WITH b AS (
    SELECT g,
           timestamptz '2023-01-09 08:30:00+00' + g * interval '9 days 12 hours' + ((g * 23) % 300) * interval '1 minute' AS created_at,
           (ARRAY['independent','putlog','independent','chimney stack','tower','independent','putlog','birdcage','temporary roof','putlog'])[1 + (g * 3) % 10] AS st,
           CASE WHEN g % 11 = 0 THEN 40 + g % 9 WHEN g % 4 = 0 THEN 20 + g % 20 ELSE 4 + (g * 5) % 16 END AS wks
    FROM generate_series(1, 110) AS g
), s AS (
    SELECT b.*,
           CASE WHEN g % 23 = 0 THEN 'X'
                WHEN g >= 106 AND g % 2 = 0 THEN 'Q'
                WHEN created_at::date + 7 + g % 10 + wks * 7 > date '2025-11-30' THEN 'L'
                ELSE 'O' END AS status
    FROM b
)
SELECT 24000 + g,
       1 + (g * 7) % least(36, greatest(1, (g * 2) / 5)),
       CASE WHEN created_at < timestamptz '2023-08-01 00:00:00+00' AND g % 3 = 0 THEN 5 ELSE 1 + (g * 3) % 4 END,
       (2 + (g * 37) % 180)::text || ' ' || (ARRAY['Otley Road','Kirkgate','Station Road','Moor Lane','Church Street','Harehills Lane',
                                                   'Bradford Road','High Street','Park Avenue','Mill Lane','Wetherby Road','Manor Drive'])[1 + (g * 5) % 12],
       (ARRAY['Leeds','Bradford','Wakefield','York','Leeds','Harrogate','Huddersfield','Leeds','Pontefract','Keighley'])[1 + (g * 7) % 10],
       CASE WHEN g % 17 = 0 THEN NULL
            ELSE (ARRAY['LS','BD','WF','YO','LS','HG','HD','LS','WF','BD'])[1 + (g * 7) % 10] || (1 + g % 28)::text || ' '
                 || (1 + g % 9)::text || (ARRAY['AB','DE','HJ','NP','QT','RW','SX','UY'])[1 + g % 8] END,
       st,
       CASE WHEN status IN ('Q', 'X') THEN NULL ELSE created_at::date + 7 + g % 10 END,
       CASE WHEN status = 'O' THEN created_at::date + 7 + g % 10 + wks * 7 END,
       CASE st WHEN 'tower' THEN 85 WHEN 'chimney stack' THEN 120 WHEN 'putlog' THEN 180
               WHEN 'independent' THEN 260 + (g % 6) * 45 WHEN 'birdcage' THEN 420 ELSE 950 END + (g % 5) * 15,
       (ARRAY[4, 6, 4, 8, 12])[1 + g % 5],
       status,
       created_at
FROM s;

-- ---------------------------------------------------------------- scaff_job (gang work on site)
CREATE TABLE scaff_job (
    job_id        integer PRIMARY KEY,
    contract_no   integer NOT NULL REFERENCES hire_contract (contract_no),
    job_type      char(1) NOT NULL,
    sched_dt      date NOT NULL,
    done_at       timestamptz,
    gang_foreman  text,
    gang_size     smallint,
    man_hrs       numeric(5,1),
    lifts         smallint
);
COMMENT ON TABLE scaff_job IS 'Work done by our gangs on a contract: putting the scaffold up, altering it, taking it down';
COMMENT ON COLUMN scaff_job.job_type IS 'E = erect, A = alteration / adaptation, D = dismantle (strike)';
COMMENT ON COLUMN scaff_job.done_at IS 'when the gang signed the job off; NULL = not done yet';
COMMENT ON COLUMN scaff_job.gang_foreman IS 'chargehand of the gang; NULL = not allocated yet';
COMMENT ON COLUMN scaff_job.man_hrs IS 'labour hours booked on the job (all gang members); NULL until done';
COMMENT ON COLUMN scaff_job.lifts IS 'number of lifts (working levels) erected; erect jobs only';

INSERT INTO scaff_job (job_id, contract_no, job_type, sched_dt, done_at, gang_foreman, gang_size, man_hrs, lifts)
WITH j AS (
    -- erect: on the hire date, or planned for quotes
    SELECT c.contract_no, 'E' AS job_type, 1 AS ord,
           coalesce(c.on_hire_dt, c.created_at::date + 12) AS sched_dt,
           c.on_hire_dt IS NOT NULL AS done, c.scaff_type
    FROM hire_contract c WHERE c.status <> 'X'
    UNION ALL
    -- alteration two weeks in, on some contracts
    SELECT c.contract_no, 'A', 2, c.on_hire_dt + 14, c.on_hire_dt + 14 <= date '2025-11-30', c.scaff_type
    FROM hire_contract c
    WHERE c.on_hire_dt IS NOT NULL AND c.contract_no % 3 = 0
      AND c.on_hire_dt + 14 < coalesce(c.off_hire_dt, date '2026-12-31')
    UNION ALL
    -- dismantle: done for off-hired, booked for some live ones
    SELECT c.contract_no, 'D', 3, c.off_hire_dt, true, c.scaff_type
    FROM hire_contract c WHERE c.status = 'O'
    UNION ALL
    SELECT c.contract_no, 'D', 3, date '2025-12-01' + c.contract_no % 12, false, c.scaff_type
    FROM hire_contract c WHERE c.status = 'L' AND c.contract_no % 4 = 1
), n AS (
    SELECT j.*, row_number() OVER (ORDER BY sched_dt, contract_no, ord) AS rn FROM j
)
SELECT rn, contract_no, job_type, sched_dt,
       CASE WHEN done THEN (sched_dt + time '07:30') AT TIME ZONE 'UTC'
                           + (3 + (rn * 7) % 6) * interval '1 hour' + ((rn * 13) % 4) * interval '15 minutes'
                           + CASE WHEN rn % 9 = 0 THEN interval '1 day' ELSE interval '0' END END,
       CASE WHEN NOT done AND rn % 2 = 0 THEN NULL
            ELSE (ARRAY['Dean Crossley','Tomasz Nowak','Lee Ackroyd','Shaun Pickles','Ryan Bairstow','Kev Marsden'])[1 + (rn * 5) % 6] END,
       CASE WHEN NOT done AND rn % 2 = 0 THEN NULL
            WHEN scaff_type IN ('tower', 'chimney stack') THEN 2 ELSE 3 + rn % 2 END,
       CASE WHEN NOT done THEN NULL
            ELSE (CASE job_type WHEN 'E' THEN 14 WHEN 'A' THEN 5 ELSE 9 END)
                 * (CASE scaff_type WHEN 'tower' THEN 0.5 WHEN 'chimney stack' THEN 0.8 WHEN 'temporary roof' THEN 3.5
                                    WHEN 'birdcage' THEN 2.2 WHEN 'independent' THEN 1.6 ELSE 1.0 END)
                 + (rn % 5) * 1.5 END,
       CASE WHEN job_type <> 'E' THEN NULL
            WHEN scaff_type = 'tower' THEN 1 + rn % 2 WHEN scaff_type = 'chimney stack' THEN 1
            WHEN scaff_type = 'temporary roof' THEN 4 + rn % 2 ELSE 2 + rn % 4 END
FROM n;

-- ---------------------------------------------------------------- tag_inspection
CREATE TABLE tag_inspection (
    insp_id      integer PRIMARY KEY,
    contract_no  integer NOT NULL REFERENCES hire_contract (contract_no),
    insp_at      timestamptz NOT NULL,
    inspector    text NOT NULL,
    tag          char(1) NOT NULL,
    defects      smallint NOT NULL DEFAULT 0,
    notes        text
);
COMMENT ON TABLE tag_inspection IS 'Our own scaff-tag inspections: at handover and then fortnightly while on hire (the customer''s 7-day checks are not kept here)';
COMMENT ON COLUMN tag_inspection.tag IS 'G = green tag (safe to use), Y = yellow tag (restricted use, see notes), R = red tag (do not use)';
COMMENT ON COLUMN tag_inspection.defects IS 'number of defects found';

INSERT INTO tag_inspection (insp_id, contract_no, insp_at, inspector, tag, defects, notes)
WITH i AS (
    SELECT c.contract_no, k,
           (c.on_hire_dt + k * 14 + time '07:00') AT TIME ZONE 'UTC' + (c.contract_no % 5) * interval '45 minutes' AS insp_at
    FROM hire_contract c
    CROSS JOIN LATERAL generate_series(0, 40) AS k
    WHERE c.on_hire_dt IS NOT NULL
      AND c.on_hire_dt + k * 14 <= least(coalesce(c.off_hire_dt, date '2025-11-30'), date '2025-11-30')
), n AS (
    SELECT i.*, row_number() OVER (ORDER BY insp_at, contract_no) AS rn,
           CASE WHEN (contract_no * 3 + k * 7) % 29 = 0 THEN 'R'
                WHEN (contract_no + k * 5) % 11 = 0 THEN 'Y' ELSE 'G' END AS tag
    FROM i
)
SELECT rn, contract_no, insp_at,
       (ARRAY['Sarah Lund','Mick Fairburn','Sarah Lund','Jas Bains'])[1 + (contract_no + k) % 4],
       tag,
       CASE tag WHEN 'R' THEN 3 + rn % 4 WHEN 'Y' THEN 1 + rn % 3 ELSE CASE WHEN rn % 10 = 0 THEN 1 ELSE 0 END END,
       CASE tag WHEN 'R' THEN (ARRAY['ties removed by other trades','boards missing on top lift','base plates undermined, no sole boards','guardrail missing at loading bay'])[1 + rn % 4]
                WHEN 'Y' THEN (ARRAY['loading bay only, no stacking','top lift not boarded, no access above lift 2','incomplete, access from lift 1 only'])[1 + rn % 3]
                ELSE CASE WHEN rn % 10 = 0 THEN 'minor: toe board loose, fixed on the day' END END
FROM n;

-- ---------------------------------------------------------------- loss_damage (charges for kit)
CREATE TABLE loss_damage (
    chg_id      integer PRIMARY KEY,
    contract_no integer NOT NULL REFERENCES hire_contract (contract_no),
    comp_code   varchar(8) NOT NULL REFERENCES component (comp_code),
    qty         integer NOT NULL,
    reason      char(1) NOT NULL,
    chg_amt     numeric(10,2) NOT NULL,
    raised_on   date NOT NULL,
    waived      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE loss_damage IS 'Charges to customers for kit lost or damaged on hire, raised when the scaffold comes back to the yard';
COMMENT ON COLUMN loss_damage.reason IS 'L = lost / not returned, D = damaged beyond repair, R = repairable (repair charge)';
COMMENT ON COLUMN loss_damage.chg_amt IS 'amount charged, GBP excl VAT (still recorded when waived)';
COMMENT ON COLUMN loss_damage.waived IS 'true = charge written off as goodwill, not invoiced';

INSERT INTO loss_damage (chg_id, contract_no, comp_code, qty, reason, chg_amt, raised_on, waived)
WITH c AS (
    SELECT h.contract_no, h.off_hire_dt, m
    FROM hire_contract h CROSS JOIN generate_series(1, 2) AS m
    WHERE h.status = 'O' AND (h.contract_no % 3 <> 1 OR m = 1) AND h.contract_no % 4 <> 0
), n AS (
    SELECT c.*, row_number() OVER (ORDER BY off_hire_dt, contract_no, m) AS rn FROM c
), x AS (
    SELECT n.*,
           (ARRAY['CPL-DB','BRD13','CPL-DB','TUB21','BRD10','CPL-SW','BSP','NET50','CPL-PL','LAD4','TUB13','SHT-MF','BRD08'])[1 + (rn * 5) % 13] AS comp_code,
           CASE WHEN rn % 3 = 0 THEN 'D' WHEN rn % 5 = 1 THEN 'R' ELSE 'L' END AS reason
    FROM n
)
SELECT rn, x.contract_no, x.comp_code,
       CASE WHEN k.comp_cat IN ('FT', 'BP') THEN 6 + (rn * 7) % 30 WHEN k.comp_cat IN ('LD', 'SF') THEN 1 ELSE 1 + rn % 8 END,
       x.reason,
       round((CASE WHEN k.comp_cat IN ('FT', 'BP') THEN 6 + (rn * 7) % 30 WHEN k.comp_cat IN ('LD', 'SF') THEN 1 ELSE 1 + rn % 8 END)
             * k.repl_cost * CASE WHEN x.reason = 'R' THEN 0.35 ELSE 1 END, 2),
       x.off_hire_dt + 2 + (rn % 4)::int,
       rn % 7 = 0
FROM x JOIN component k ON k.comp_code = x.comp_code;

-- ---------------------------------------------------------------- hire_invoice
CREATE TABLE hire_invoice (
    inv_no       integer PRIMARY KEY,
    contract_no  integer NOT NULL REFERENCES hire_contract (contract_no),
    inv_dt       date NOT NULL,
    period_from  date NOT NULL,
    period_to    date NOT NULL,
    net_amt      numeric(10,2) NOT NULL,
    vat_amt      numeric(10,2) NOT NULL,
    paid_dt      date
);
COMMENT ON TABLE hire_invoice IS 'Hire invoices, raised monthly in arrears for each contract on hire (loss / damage charges are invoiced separately, not here)';
COMMENT ON COLUMN hire_invoice.net_amt IS 'hire charge for the period, GBP excl VAT';
COMMENT ON COLUMN hire_invoice.vat_amt IS 'VAT at 20%, GBP';
COMMENT ON COLUMN hire_invoice.paid_dt IS 'date payment was received; NULL = outstanding';

INSERT INTO hire_invoice (inv_no, contract_no, inv_dt, period_from, period_to, net_amt, vat_amt, paid_dt)
WITH p AS (
    SELECT c.contract_no, c.wk_rate,
           greatest(c.on_hire_dt, mon::date) AS period_from,
           least(coalesce(c.off_hire_dt, date '2025-11-30'), (mon + interval '1 month' - interval '1 day')::date) AS period_to
    FROM hire_contract c
    CROSS JOIN LATERAL generate_series(date_trunc('month', c.on_hire_dt), date '2025-10-01', interval '1 month') AS mon
    WHERE c.on_hire_dt IS NOT NULL
      AND mon::date <= coalesce(c.off_hire_dt, date '2025-10-31')
), n AS (
    SELECT p.*, row_number() OVER (ORDER BY period_to, contract_no) AS rn,
           round(wk_rate * (period_to - period_from + 1) / 7.0, 2) AS net
    FROM p
)
SELECT 100000 + rn, contract_no, period_to + 1, period_from, period_to, net, round(net * 0.2, 2),
       CASE WHEN rn % 17 = 0 THEN NULL
            WHEN period_to + 1 + 14 + ((rn * 7) % 45)::int > date '2025-11-30' THEN NULL
            ELSE period_to + 1 + 14 + ((rn * 7) % 45)::int END
FROM n;

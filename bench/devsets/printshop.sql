-- Made-up schema: a commercial print shop in West Yorkshire (customers, sales quotes, print jobs
-- and their line items, product types, paper stock, presses, press runs, deliveries, invoices).
-- Legacy-style abbreviated names. Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2025-11-30. Timestamps are written as UTC.
-- Undeclared links (no FK constraint): job_hdr.quot_id -> quot, prs_run.stk_id -> ppr_stk,
-- dlvry.job_id -> job_hdr.
-- Loaded into a fresh, empty database.

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id      integer PRIMARY KEY,
    cust_nm      text NOT NULL,
    acct_typ     char(1) NOT NULL,
    cntct_nm     text,
    email        text,
    city         text,
    crdt_lmt_gbp numeric(10,2),
    pay_terms_dd smallint NOT NULL,
    actv_flg     char(1) NOT NULL DEFAULT 'Y',
    crt_ts       timestamptz NOT NULL
);
COMMENT ON TABLE cust IS 'Customer accounts';
COMMENT ON COLUMN cust.cust_nm IS 'customer (business) name';
COMMENT ON COLUMN cust.acct_typ IS 'R = retail / walk-in (pays on order), C = corporate account, T = trade (design agencies, print brokers), N = charity / non-profit';
COMMENT ON COLUMN cust.cntct_nm IS 'main contact person';
COMMENT ON COLUMN cust.crdt_lmt_gbp IS 'credit limit in GBP; NULL = no credit (retail, pays up front)';
COMMENT ON COLUMN cust.pay_terms_dd IS 'payment terms in days after invoice date';
COMMENT ON COLUMN cust.actv_flg IS 'Y = active account, N = closed / dormant';
COMMENT ON COLUMN cust.crt_ts IS 'when the account was opened';

INSERT INTO cust (cust_id, cust_nm, acct_typ, cntct_nm, email, city, crdt_lmt_gbp, pay_terms_dd, actv_flg, crt_ts)
SELECT g,
       nm,
       typ,
       CASE WHEN g % 9 = 4 THEN NULL
            ELSE (ARRAY['Sarah','James','Aisha','Tom','Priya','Gareth','Emma','Liam','Fatima','Owen',
                        'Chloe','Rajesh','Megan','Dan','Zoe','Hamza','Lucy','Craig'])[1 + (g * 5) % 18]
                 || ' ' ||
                 (ARRAY['Hirst','Patel','Brook','Sutcliffe','Khan','Walsh','Ackroyd','Nowak','Booth','Shaw',
                        'Hussain','Firth','Lister','Kowalski','Barker'])[1 + (g * 7) % 15] END,
       CASE WHEN g % 10 = 3 THEN NULL
            ELSE 'orders@' || lower(replace(replace(nm, ' ', ''), '''', '')) || '.co.uk' END,
       CASE WHEN g % 19 = 0 THEN NULL
            ELSE (ARRAY['Leeds','Leeds','Bradford','York','Harrogate','Wakefield','Huddersfield','Halifax'])[1 + (g * 5) % 8] END,
       CASE typ WHEN 'R' THEN NULL
                WHEN 'T' THEN 1500 + (g % 4) * 500
                WHEN 'C' THEN 750 + (g % 3) * 250
                ELSE 300 + (g % 2) * 200 END,
       CASE typ WHEN 'R' THEN 0 WHEN 'N' THEN 14 ELSE 30 END,
       CASE WHEN g % 15 = 7 THEN 'N' ELSE 'Y' END,
       (timestamp '2021-01-04 09:00:00' + g * interval '7 days 19 hours' + ((g * 37) % 300) * interval '1 minute') AT TIME ZONE 'UTC'
FROM (
    SELECT g,
           (ARRAY['Harbour','Northgate','Pennine','Riverside','Crown','Oakwood','Kirkgate','Aire Valley','Moorland','Castle',
                  'Greenway','Millstone','Headrow','Brunswick','Wharfe','Calder','Ilkley','Victoria','Dales','Larchfield'])[1 + g % 20]
           || ' ' ||
           (ARRAY['Bakery','Dental Practice','Estate Agents','Design Studio','Events Co','Fitness Club',
                  'Solicitors','Community Trust','Brewing Co','Marketing','Motors'])[1 + g % 11] AS nm,
           (ARRAY['R','C','C','T','R','R','C','N','R','T','C'])[1 + g % 11] AS typ
    FROM generate_series(1, 220) AS g
) c;

-- ---------------------------------------------------------------- prod_typ (product types)
CREATE TABLE prod_typ (
    prod_cd     varchar(4) PRIMARY KEY,
    prod_nm     text NOT NULL,
    lrg_fmt_flg boolean NOT NULL DEFAULT false,
    vat_cd      char(1) NOT NULL,
    actv_flg    char(1) NOT NULL DEFAULT 'Y'
);
COMMENT ON TABLE prod_typ IS 'Product types sold on job lines';
COMMENT ON COLUMN prod_typ.lrg_fmt_flg IS 'true = large format (printed on the wide-format machines)';
COMMENT ON COLUMN prod_typ.vat_cd IS 'S = standard rated (20%), Z = zero rated (books, booklets, brochures)';
COMMENT ON COLUMN prod_typ.actv_flg IS 'Y = still offered, N = no longer offered';

INSERT INTO prod_typ (prod_cd, prod_nm, lrg_fmt_flg, vat_cd, actv_flg) VALUES
    ('FLY', 'Flyers & leaflets',        false, 'S', 'Y'),
    ('BRO', 'Booklets & brochures',     false, 'Z', 'Y'),
    ('BCD', 'Business cards',           false, 'S', 'Y'),
    ('PST', 'Posters',                  false, 'S', 'Y'),
    ('BAN', 'Vinyl banners',            true,  'S', 'Y'),
    ('RUP', 'Roller (pull-up) banners', true,  'S', 'Y'),
    ('STN', 'Letterheads & stationery', false, 'S', 'Y'),
    ('STK', 'Stickers & labels',        false, 'S', 'Y'),
    ('MNU', 'Menus',                    false, 'S', 'Y'),
    ('ENV', 'Printed envelopes',        false, 'S', 'N');

-- ---------------------------------------------------------------- ppr_stk (paper stock)
CREATE TABLE ppr_stk (
    stk_id         integer PRIMARY KEY,
    stk_desc       text NOT NULL,
    gsm            smallint NOT NULL,
    fin_cd         char(1) NOT NULL,
    sht_sz         varchar(5) NOT NULL,
    cost_per_k_gbp numeric(8,2) NOT NULL,
    supp_nm        text,
    disc_flg       char(1) NOT NULL DEFAULT 'N'
);
COMMENT ON TABLE ppr_stk IS 'Paper and media stocked';
COMMENT ON COLUMN ppr_stk.gsm IS 'weight in grams per square metre';
COMMENT ON COLUMN ppr_stk.fin_cd IS 'G = gloss, S = silk, M = matt, U = uncoated, A = self-adhesive, P = synthetic polypropylene, V = PVC vinyl';
COMMENT ON COLUMN ppr_stk.sht_sz IS 'sheet size: SRA3, B2, B1, DL (envelopes) or ROLL (wide-format media)';
COMMENT ON COLUMN ppr_stk.cost_per_k_gbp IS 'cost per 1000 sheets (per 1000 linear metres for ROLL), GBP';
COMMENT ON COLUMN ppr_stk.disc_flg IS 'Y = discontinued, no longer bought in';

INSERT INTO ppr_stk (stk_id, stk_desc, gsm, fin_cd, sht_sz, cost_per_k_gbp, supp_nm, disc_flg) VALUES
    (1,  '90gsm Uncoated Bond SRA3',          90,  'U', 'SRA3', 14.20,   'Antalis',       'N'),
    (2,  '130gsm Gloss SRA3',                 130, 'G', 'SRA3', 21.50,   'Antalis',       'N'),
    (3,  '150gsm Silk SRA3',                  150, 'S', 'SRA3', 24.80,   'Antalis',       'N'),
    (4,  '170gsm Gloss B2',                   170, 'G', 'B2',   58.00,   'Denmaur',       'N'),
    (5,  '250gsm Silk SRA3',                  250, 'S', 'SRA3', 41.30,   'Denmaur',       'N'),
    (6,  '300gsm Silk SRA3',                  300, 'S', 'SRA3', 49.90,   'Denmaur',       'N'),
    (7,  '350gsm Matt SRA3',                  350, 'M', 'SRA3', 58.40,   'Antalis',       'N'),
    (8,  '400gsm Silk SRA3',                  400, 'S', 'SRA3', 66.10,   'Antalis',       'N'),
    (9,  '130gsm Silk B1',                    130, 'S', 'B1',   88.00,   'Denmaur',       'N'),
    (10, '120gsm Uncoated Bond B2',           120, 'U', 'B2',   47.50,   NULL,            'N'),
    (11, '150gsm Gloss Self-Adhesive SRA3',   150, 'A', 'SRA3', 182.00,  'Robert Horne',  'N'),
    (12, '240gsm Polypropylene Roll 914mm',   240, 'P', 'ROLL', 2150.00, 'Spandex',       'N'),
    (13, '440gsm PVC Banner Vinyl Roll',      440, 'V', 'ROLL', 2890.00, 'Spandex',       'N'),
    (14, '510gsm Blockout Vinyl Roll',        510, 'V', 'ROLL', 3640.00, 'Spandex',       'N'),
    (15, '100gsm Wove Envelope DL',           100, 'U', 'DL',   39.00,   'Antalis',       'Y');

-- ---------------------------------------------------------------- prs (presses / machines)
CREATE TABLE prs (
    prs_id     integer PRIMARY KEY,
    prs_nm     text NOT NULL,
    prs_typ    char(1) NOT NULL,
    mfr        text NOT NULL,
    max_sht_sz varchar(5) NOT NULL,
    clr_units  smallint,
    inst_dt    date NOT NULL,
    rtrd_dt    date
);
COMMENT ON TABLE prs IS 'Presses and printing machines on the shop floor';
COMMENT ON COLUMN prs.prs_typ IS 'O = offset litho, D = digital (toner), W = wide-format inkjet';
COMMENT ON COLUMN prs.clr_units IS 'number of colour units / toner stations';
COMMENT ON COLUMN prs.rtrd_dt IS 'date the machine was taken out of service; NULL = in service';

INSERT INTO prs (prs_id, prs_nm, prs_typ, mfr, max_sht_sz, clr_units, inst_dt, rtrd_dt) VALUES
    (1, 'SM52 (old 2-colour)',      'O', 'Heidelberg',    'SRA2', 2,    '2009-03-16', '2024-06-30'),
    (2, 'Speedmaster SX74',         'O', 'Heidelberg',    'B2',   5,    '2016-09-05', NULL),
    (3, 'Lithrone G40',             'O', 'Komori',        'B1',   4,    '2021-02-22', NULL),
    (4, 'Versant 4100',             'D', 'Xerox',         'SRA3', 4,    '2020-07-13', NULL),
    (5, 'AccurioPress C4080',       'D', 'Konica Minolta','SRA3', 4,    '2023-04-03', NULL),
    (6, 'Latex 800W',               'W', 'HP',            'ROLL', 6,    '2022-10-10', NULL),
    (7, 'TrueVIS VG3',              'W', 'Roland',        'ROLL', 8,    '2019-05-20', NULL),
    (8, 'Pro C9500',                'D', 'Ricoh',         'SRA3', 5,    '2025-11-24', NULL);

-- ---------------------------------------------------------------- quot (sales quotes)
CREATE TABLE quot (
    quot_id      integer PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES cust (cust_id),
    quot_dt      date NOT NULL,
    valid_to     date NOT NULL,
    sls_rep      varchar(3) NOT NULL,
    quot_amt_gbp numeric(10,2) NOT NULL,
    stat_cd      char(1) NOT NULL,
    dcsn_dt      date,
    lost_rsn_cd  char(2)
);
COMMENT ON TABLE quot IS 'Sales quotes sent to customers';
COMMENT ON COLUMN quot.sls_rep IS 'initials of the sales rep who sent the quote';
COMMENT ON COLUMN quot.quot_amt_gbp IS 'quoted price excluding VAT, GBP';
COMMENT ON COLUMN quot.stat_cd IS 'O = open (awaiting customer), A = accepted, D = declined, X = expired (no answer before valid_to), W = withdrawn by us';
COMMENT ON COLUMN quot.dcsn_dt IS 'date the customer accepted or declined; NULL otherwise';
COMMENT ON COLUMN quot.lost_rsn_cd IS 'reason a quote was declined: PR = price, TA = turnaround time, CX = project cancelled, OT = other; NULL unless declined';

INSERT INTO quot (quot_id, cust_id, quot_dt, valid_to, sls_rep, quot_amt_gbp, stat_cd, dcsn_dt, lost_rsn_cd)
WITH b AS (
    SELECT g,
           1 + (g * 73) % 212 AS cust_id,
           date '2023-12-01' + ((g - 1) * 730) / 1500 AS quot_dt,
           CASE WHEN g <= 420 AND g % 6 = 0 THEN 'LW'
                ELSE (ARRAY['JH','SP','MK','AT','RB'])[1 + (g * 7) % 5] END AS rep,
           (g * 29) % 100 AS h
    FROM generate_series(1, 1500) AS g
), r AS (
    SELECT b.*,
           CASE rep WHEN 'JH' THEN 5 WHEN 'SP' THEN -10 WHEN 'MK' THEN 0 WHEN 'AT' THEN 8 WHEN 'RB' THEN -4 ELSE -15 END AS adj,
           CASE rep WHEN 'JH' THEN 0 WHEN 'SP' THEN 3 WHEN 'MK' THEN 1 WHEN 'AT' THEN 6 WHEN 'RB' THEN 2 ELSE 4 END AS slow
    FROM b
), s AS (
    SELECT r.*,
           CASE WHEN h < 60 + adj AND cust_id % 13 <> 0 THEN 'A'
                WHEN h < 82 THEN 'D'
                WHEN h < 98 THEN 'X'
                ELSE 'W' END AS st0,
           quot_dt + 1 + (g * 13) % 12 + slow AS dd
    FROM r
), t AS (
    SELECT s.*,
           CASE WHEN st0 IN ('A','D') AND dd > date '2025-11-30' THEN 'O'
                WHEN st0 = 'X' AND quot_dt + 30 > date '2025-11-30' THEN 'O'
                ELSE st0 END AS st
    FROM s
)
SELECT g, cust_id, quot_dt, quot_dt + 30, rep,
       CASE WHEN g % 97 = 0 THEN 0
            ELSE round(25 + ((g * 151) % 997) * 2.35
                       + CASE WHEN g % 3 = 0 THEN ((g * 31) % 20) * 120 ELSE 0 END, 2) END,
       st,
       CASE WHEN st IN ('A','D') THEN dd END,
       CASE WHEN st = 'D' THEN (ARRAY['PR','PR','PR','TA','TA','CX','OT'])[1 + (g * 11) % 7] END
FROM t;

-- ---------------------------------------------------------------- job_hdr (print jobs)
CREATE TABLE job_hdr (
    job_id      integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    quot_id     integer,
    cust_po_ref varchar(20),
    ord_dt      date NOT NULL,
    due_dt      date NOT NULL,
    rush_flg    char(1) NOT NULL DEFAULT 'N',
    stat_cd     char(1) NOT NULL,
    csr_cd      varchar(3) NOT NULL,
    crt_ts      timestamptz NOT NULL,
    cmpl_ts     timestamptz
);
COMMENT ON TABLE job_hdr IS 'Print jobs (orders); one row per job, lines in job_ln';
COMMENT ON COLUMN job_hdr.quot_id IS 'quote (quot.quot_id) the job was won from; NULL = repeat order placed without a quote';
COMMENT ON COLUMN job_hdr.cust_po_ref IS 'customer purchase order reference, if given';
COMMENT ON COLUMN job_hdr.ord_dt IS 'date the customer placed the order';
COMMENT ON COLUMN job_hdr.due_dt IS 'date we promised the job';
COMMENT ON COLUMN job_hdr.rush_flg IS 'Y = rush job (48h turnaround, surcharge), N = standard';
COMMENT ON COLUMN job_hdr.stat_cd IS 'N = new / prepress, P = in production, F = finished awaiting dispatch, D = dispatched or collected, H = on hold, X = cancelled';
COMMENT ON COLUMN job_hdr.csr_cd IS 'customer service rep initials';
COMMENT ON COLUMN job_hdr.cmpl_ts IS 'when production finished; NULL until finished';

INSERT INTO job_hdr (job_id, cust_id, quot_id, cust_po_ref, ord_dt, due_dt, rush_flg, stat_cd, csr_cd, crt_ts, cmpl_ts)
WITH src AS (
    SELECT q.cust_id, q.quot_id, q.dcsn_dt AS ord_dt, q.quot_id AS k
    FROM quot q
    WHERE q.stat_cd = 'A'
    UNION ALL
    SELECT CASE WHEN g % 3 = 0 THEN CASE WHEN 3 + 11 * ((g * 7) % 19) = 91 THEN 102 ELSE 3 + 11 * ((g * 7) % 19) END
                WHEN (1 + (g * 89) % 212) % 13 = 0 THEN (g * 89) % 212
                ELSE 1 + (g * 89) % 212 END,
           NULL,
           date '2023-12-04' + ((g - 1) * 727) / 480,
           100000 + g
    FROM generate_series(1, 480) AS g
), n AS (
    SELECT src.*, row_number() OVER (ORDER BY ord_dt, k)::int AS jid FROM src
), s AS (
    SELECT n.*,
           CASE WHEN jid % 9 = 4 THEN 'Y' ELSE 'N' END AS rush,
           CASE WHEN ord_dt >= date '2025-11-26' THEN 'N'
                WHEN ord_dt >= date '2025-11-19' THEN 'P'
                WHEN jid % 31 = 0 THEN 'X'
                WHEN ord_dt >= date '2025-11-15' THEN 'F'
                WHEN ord_dt >= date '2025-10-01' AND jid % 17 = 0 THEN 'H'
                ELSE 'D' END AS st
    FROM n
)
SELECT jid, cust_id, quot_id,
       CASE WHEN jid % 5 IN (1, 2) THEN 'PO' || lpad(((jid * 7919) % 100000)::text, 5, '0') END,
       ord_dt,
       ord_dt + CASE WHEN rush = 'Y' THEN 2 ELSE 7 + jid % 8 END,
       rush, st,
       (ARRAY['KB','NS','HR','KB'])[1 + (jid * 3) % 4],
       (ord_dt + interval '9 hours' + ((jid * 37) % 480) * interval '1 minute') AT TIME ZONE 'UTC',
       CASE WHEN st IN ('F','D') THEN
            (ord_dt + (CASE WHEN rush = 'Y' THEN 1 ELSE 5 + jid % 3 END) * interval '1 day'
                    + interval '14 hours' + ((jid * 7) % 180) * interval '1 minute') AT TIME ZONE 'UTC' END
FROM s;

-- ---------------------------------------------------------------- job_ln (job line items)
CREATE TABLE job_ln (
    job_ln_id   integer PRIMARY KEY,
    job_id      integer NOT NULL REFERENCES job_hdr (job_id),
    ln_no       smallint NOT NULL,
    prod_cd     varchar(4) NOT NULL REFERENCES prod_typ (prod_cd),
    stk_id      integer REFERENCES ppr_stk (stk_id),
    qty         integer NOT NULL,
    unit_prc    numeric(10,3) NOT NULL,
    ln_amt_gbp  numeric(10,2) NOT NULL,
    rprnt_flg   char(1) NOT NULL DEFAULT 'N',
    UNIQUE (job_id, ln_no)
);
COMMENT ON TABLE job_ln IS 'Line items of a print job: what is printed, how many, at what price';
COMMENT ON COLUMN job_ln.qty IS 'number of items ordered (flyers, cards, banners...)';
COMMENT ON COLUMN job_ln.unit_prc IS 'price per item excluding VAT, GBP';
COMMENT ON COLUMN job_ln.ln_amt_gbp IS 'line total excluding VAT, GBP (qty * unit_prc); 0 for free reprints';
COMMENT ON COLUMN job_ln.rprnt_flg IS 'Y = free-of-charge reprint of a faulty earlier job, N = normal';

INSERT INTO job_ln (job_ln_id, job_id, ln_no, prod_cd, stk_id, qty, unit_prc, ln_amt_gbp, rprnt_flg)
WITH l AS (
    SELECT j.job_id, k AS ln_no, (j.job_id * 7 + k * 3) % 20 AS p, j.job_id * 13 + k * 5 AS h
    FROM job_hdr j
    CROSS JOIN LATERAL generate_series(1, 1 + (j.job_id * 7) % 3 + CASE WHEN j.job_id % 10 = 0 THEN 1 ELSE 0 END) AS k
), m AS (
    SELECT l.*,
           CASE WHEN (job_id + ln_no) % 61 = 0 AND job_id < 600 THEN 'ENV'
                WHEN p < 5 THEN 'FLY' WHEN p < 8 THEN 'BRO' WHEN p < 11 THEN 'BCD' WHEN p < 13 THEN 'PST'
                WHEN p < 15 THEN 'BAN' WHEN p = 15 THEN 'RUP' WHEN p = 16 THEN 'STN' WHEN p < 19 THEN 'STK'
                ELSE 'MNU' END AS prod_cd,
           (job_id * 3 + ln_no) % 47 = 0 AS rp
    FROM l
), q AS (
    SELECT m.*,
           CASE prod_cd
                WHEN 'FLY' THEN (ARRAY[500,1000,2500,5000,10000,20000])[1 + h % 6]
                WHEN 'BRO' THEN (ARRAY[50,100,250,500,1000])[1 + h % 5]
                WHEN 'BCD' THEN (ARRAY[250,500,1000,2000])[1 + h % 4]
                WHEN 'PST' THEN (ARRAY[10,25,50,100,250])[1 + h % 5]
                WHEN 'BAN' THEN (ARRAY[1,2,3,4,6])[1 + h % 5]
                WHEN 'RUP' THEN (ARRAY[1,2,3,5])[1 + h % 4]
                WHEN 'STN' THEN (ARRAY[500,1000,2500])[1 + h % 3]
                WHEN 'STK' THEN (ARRAY[250,500,1000,5000])[1 + h % 4]
                WHEN 'MNU' THEN (ARRAY[25,50,100,200])[1 + h % 4]
                ELSE (ARRAY[500,1000,2500])[1 + h % 3] END AS qty,
           CASE prod_cd
                WHEN 'FLY' THEN (ARRAY[0.090,0.060,0.038,0.028,0.021,0.016])[1 + h % 6]
                WHEN 'BRO' THEN (ARRAY[4.20,3.10,2.35,1.90,1.55])[1 + h % 5]
                WHEN 'BCD' THEN (ARRAY[0.110,0.070,0.048,0.036])[1 + h % 4]
                WHEN 'PST' THEN (ARRAY[6.50,4.80,3.60,2.90,2.20])[1 + h % 5]
                WHEN 'BAN' THEN (ARRAY[68,62,58,55,52])[1 + h % 5]
                WHEN 'RUP' THEN (ARRAY[95,89,85,79])[1 + h % 4]
                WHEN 'STN' THEN (ARRAY[0.120,0.085,0.060])[1 + h % 3]
                WHEN 'STK' THEN (ARRAY[0.180,0.120,0.085,0.045])[1 + h % 4]
                WHEN 'MNU' THEN (ARRAY[2.40,1.85,1.40,1.10])[1 + h % 4]
                ELSE (ARRAY[0.150,0.110,0.080])[1 + h % 3] END::numeric AS prc,
           CASE prod_cd
                WHEN 'FLY' THEN (ARRAY[2,3,2,3,9])[1 + h % 5]
                WHEN 'BRO' THEN (ARRAY[3,3,2,9])[1 + h % 4]
                WHEN 'BCD' THEN (ARRAY[7,8,8])[1 + h % 3]
                WHEN 'PST' THEN (ARRAY[4,9,3])[1 + h % 3]
                WHEN 'BAN' THEN (ARRAY[13,13,13,14,13,13,13])[1 + h % 7]
                WHEN 'RUP' THEN 12
                WHEN 'STN' THEN (ARRAY[1,10])[1 + h % 2]
                WHEN 'STK' THEN 11
                WHEN 'MNU' THEN (ARRAY[6,5,7])[1 + h % 3]
                ELSE 15 END AS stk_id
    FROM m
)
SELECT row_number() OVER (ORDER BY job_id, ln_no)::int, job_id, ln_no, prod_cd, stk_id, qty,
       CASE WHEN rp THEN 0 ELSE prc END,
       CASE WHEN rp THEN 0 ELSE round(qty * prc, 2) END,
       CASE WHEN rp THEN 'Y' ELSE 'N' END
FROM q;

-- ---------------------------------------------------------------- prs_run (press runs)
CREATE TABLE prs_run (
    run_id     integer PRIMARY KEY,
    job_ln_id  integer NOT NULL REFERENCES job_ln (job_ln_id),
    prs_id     integer NOT NULL REFERENCES prs (prs_id),
    stk_id     integer,
    strt_ts    timestamptz NOT NULL,
    end_ts     timestamptz,
    shts_prtd  integer,
    shts_spld  integer,
    run_stat   char(1) NOT NULL,
    oprtr_cd   varchar(3) NOT NULL
);
COMMENT ON TABLE prs_run IS 'One run of a job line on a press';
COMMENT ON COLUMN prs_run.stk_id IS 'paper stock loaded (ppr_stk.stk_id); NULL = customer-supplied stock';
COMMENT ON COLUMN prs_run.end_ts IS 'when the run ended; NULL while still running';
COMMENT ON COLUMN prs_run.shts_prtd IS 'total sheets fed through the press on this run, spoiled ones included (banner panels on wide-format); NULL until the run ends';
COMMENT ON COLUMN prs_run.shts_spld IS 'of shts_prtd, sheets spoiled (make-ready, misprints); on an aborted run every sheet is scrapped; NULL until the run ends';
COMMENT ON COLUMN prs_run.run_stat IS 'C = completed, A = aborted (run stopped, redone later), R = running';
COMMENT ON COLUMN prs_run.oprtr_cd IS 'press operator initials';

INSERT INTO prs_run (run_id, job_ln_id, prs_id, stk_id, strt_ts, end_ts, shts_prtd, shts_spld, run_stat, oprtr_cd)
WITH b AS (
    SELECT l.job_ln_id, l.job_id, l.prod_cd, l.qty, l.stk_id, j.ord_dt, j.stat_cd,
           ord_dt + CASE WHEN j.rush_flg = 'Y' THEN 0 ELSE 1 + j.job_id % 3 END AS d0,
           CASE WHEN l.prod_cd IN ('BAN','RUP') THEN 'W'
                WHEN (l.prod_cd = 'FLY' AND l.qty >= 5000) OR (l.prod_cd = 'BRO' AND l.qty >= 250)
                     OR (l.prod_cd = 'STN' AND l.qty >= 2500) OR (l.prod_cd = 'PST' AND l.qty >= 250)
                     OR l.prod_cd = 'ENV' THEN 'O'
                ELSE 'D' END AS cls,
           CASE l.prod_cd WHEN 'FLY' THEN ceil(l.qty / 4.0) WHEN 'BRO' THEN l.qty * 3 WHEN 'BCD' THEN ceil(l.qty / 24.0)
                          WHEN 'STN' THEN ceil(l.qty / 2.0) WHEN 'STK' THEN ceil(l.qty / 20.0) ELSE l.qty END::int AS net
    FROM job_ln l
    JOIN job_hdr j ON j.job_id = l.job_id
    WHERE j.stat_cd IN ('F','D') OR (j.stat_cd = 'P' AND l.ln_no = 1)
), a AS (
    SELECT b.*, 1 AS att, job_ln_id % 29 = 0 AND stat_cd <> 'P' AS aborted FROM b
    UNION ALL
    SELECT b.*, 2, false FROM b WHERE job_ln_id % 29 = 0 AND stat_cd <> 'P'
), c AS (
    SELECT a.*,
           (d0 + (att - 1) + interval '7 hours' + ((job_ln_id * 37) % 600) * interval '1 minute'
               + (job_ln_id % 60) * interval '1 second') AT TIME ZONE 'UTC' AS st,
           CASE cls WHEN 'W' THEN CASE WHEN prod_cd = 'RUP' OR job_ln_id % 3 = 0 THEN 7 ELSE 6 END
                    WHEN 'O' THEN CASE WHEN d0 + (att - 1) <= date '2024-06-28' THEN 1 + job_ln_id % 3 ELSE 2 + job_ln_id % 2 END
                    ELSE 4 + job_ln_id % 2 END AS prs_id,
           CASE cls WHEN 'O' THEN 60 + (job_ln_id * 7) % 140
                    WHEN 'D' THEN (job_ln_id * 3) % 12
                    ELSE CASE WHEN job_ln_id % 5 = 0 THEN 1 ELSE 0 END END AS mr,
           CASE cls WHEN 'O' THEN 25 + net / 120 WHEN 'D' THEN 5 + net / 45 ELSE 10 + 20 * net END AS dur,
           CASE WHEN stat_cd = 'P' AND ord_dt >= date '2025-11-22' THEN 'R'
                WHEN aborted THEN 'A' ELSE 'C' END AS rs
    FROM a
)
SELECT row_number() OVER (ORDER BY st, job_ln_id, att)::int,
       job_ln_id, prs_id,
       CASE WHEN job_ln_id % 83 = 0 THEN NULL ELSE stk_id END,
       st,
       CASE rs WHEN 'R' THEN NULL
               WHEN 'A' THEN st + (dur / 3 + 5) * interval '1 minute'
               ELSE st + dur * interval '1 minute' END,
       CASE rs WHEN 'R' THEN NULL WHEN 'A' THEN mr + net / 3 + 1 ELSE net + mr END,
       CASE rs WHEN 'R' THEN NULL WHEN 'A' THEN mr + net / 3 + 1 ELSE mr END,
       rs,
       (ARRAY['DW','KT','SB','MO','PJ'])[1 + (job_ln_id * 3 + att) % 5]
FROM c;

-- ---------------------------------------------------------------- dlvry (deliveries)
CREATE TABLE dlvry (
    dlv_id      integer PRIMARY KEY,
    job_id      integer NOT NULL,
    shp_dt      date NOT NULL,
    dlv_dt      date,
    carrier_cd  varchar(3) NOT NULL,
    dlv_stat    char(1) NOT NULL,
    dlv_chg_gbp numeric(8,2) NOT NULL DEFAULT 0,
    notes       text
);
COMMENT ON TABLE dlvry IS 'Deliveries and collections of finished jobs';
COMMENT ON COLUMN dlvry.job_id IS 'job (job_hdr.job_id) being delivered';
COMMENT ON COLUMN dlvry.shp_dt IS 'date the goods left the shop (or were handed over when collected)';
COMMENT ON COLUMN dlvry.dlv_dt IS 'date the customer received the goods; NULL if failed or not confirmed yet';
COMMENT ON COLUMN dlvry.carrier_cd IS 'COL = collected by customer, VAN = our own van, DPD = DPD parcel, RMG = Royal Mail, PLL = pallet network';
COMMENT ON COLUMN dlvry.dlv_stat IS 'D = delivered, T = in transit (not confirmed), F = failed / returned to us';
COMMENT ON COLUMN dlvry.dlv_chg_gbp IS 'delivery charge billed to the customer, GBP excl. VAT; 0 for collections and redeliveries';

INSERT INTO dlvry (dlv_id, job_id, shp_dt, dlv_dt, carrier_cd, dlv_stat, dlv_chg_gbp, notes)
WITH b AS (
    SELECT j.job_id, (j.cmpl_ts AT TIME ZONE 'UTC')::date AS shp_dt,
           CASE WHEN (j.job_id * 11) % 20 < 6 THEN 'COL'
                WHEN (j.job_id * 11) % 20 < 11 THEN 'VAN'
                WHEN (j.job_id * 11) % 20 < 16 THEN 'DPD'
                WHEN (j.job_id * 11) % 20 < 19 THEN 'RMG'
                ELSE 'PLL' END AS carrier
    FROM job_hdr j
    WHERE j.stat_cd = 'D'
), t AS (
    SELECT b.*,
           CASE carrier WHEN 'COL' THEN 0 WHEN 'VAN' THEN job_id % 2 WHEN 'DPD' THEN 1 + job_id % 2
                        WHEN 'RMG' THEN 1 + job_id % 3 ELSE 2 + job_id % 2 END AS transit,
           job_id % 41 = 0 AND carrier <> 'COL' AS fails
    FROM b
), a AS (
    SELECT t.*, 1 AS att FROM t
    UNION ALL
    SELECT t.*, 2 FROM t WHERE fails
), r AS (
    SELECT a.*,
           shp_dt + CASE WHEN att = 2 THEN 2 ELSE 0 END AS sd,
           CASE WHEN att = 1 AND fails THEN 'F'
                WHEN carrier IN ('DPD','RMG','PLL') AND shp_dt >= date '2025-11-17' THEN 'T'
                ELSE 'D' END AS st
    FROM a
)
SELECT row_number() OVER (ORDER BY sd, job_id, att)::int,
       job_id, sd,
       CASE WHEN st = 'D' THEN sd + transit END,
       carrier, st,
       CASE WHEN att = 2 THEN 0
            ELSE CASE carrier WHEN 'COL' THEN 0 WHEN 'VAN' THEN 15.00 WHEN 'DPD' THEN 8.95 + (job_id % 3) * 2.50
                              WHEN 'RMG' THEN 4.60 ELSE 45.00 END END,
       CASE WHEN st = 'F' THEN (ARRAY['Recipient not available','Address not found','Refused - wrong site'])[1 + job_id % 3]
            WHEN att = 2 THEN 'Redelivery' END
FROM r;

-- ---------------------------------------------------------------- inv (invoices and credit notes)
CREATE TABLE inv (
    inv_id      integer PRIMARY KEY,
    inv_no      varchar(12) NOT NULL UNIQUE,
    job_id      integer NOT NULL REFERENCES job_hdr (job_id),
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    inv_dt      date NOT NULL,
    due_dt      date NOT NULL,
    net_amt_gbp numeric(10,2) NOT NULL,
    vat_amt_gbp numeric(10,2) NOT NULL,
    paid_dt     date,
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE inv IS 'Invoices and credit notes raised for jobs';
COMMENT ON COLUMN inv.net_amt_gbp IS 'amount excluding VAT, GBP; negative on credit notes';
COMMENT ON COLUMN inv.vat_amt_gbp IS 'VAT, GBP; negative on credit notes';
COMMENT ON COLUMN inv.paid_dt IS 'date payment was received; NULL = not paid';
COMMENT ON COLUMN inv.stat_cd IS 'I = issued, awaiting payment, P = paid, V = void (cancelled, replaced by a new invoice), C = credit note';

INSERT INTO inv (inv_id, inv_no, job_id, cust_id, inv_dt, due_dt, net_amt_gbp, vat_amt_gbp, paid_dt, stat_cd)
WITH j AS (
    SELECT h.job_id, h.cust_id, c.acct_typ, c.pay_terms_dd, (h.cmpl_ts AT TIME ZONE 'UTC')::date AS d,
           sum(l.ln_amt_gbp) AS net,
           sum(CASE WHEN p.vat_cd = 'S' THEN l.ln_amt_gbp ELSE 0 END) AS std
    FROM job_hdr h
    JOIN cust c ON c.cust_id = h.cust_id
    JOIN job_ln l ON l.job_id = h.job_id
    JOIN prod_typ p ON p.prod_cd = l.prod_cd
    WHERE h.stat_cd IN ('F','D')
    GROUP BY h.job_id, h.cust_id, c.acct_typ, c.pay_terms_dd, h.cmpl_ts
), rows AS (
    SELECT job_id, cust_id, acct_typ, pay_terms_dd, d AS inv_dt, net, round(std * 0.20, 2) AS vat,
           CASE WHEN job_id % 37 = 0 THEN 'V' END AS fixed, 1 AS k
    FROM j
    UNION ALL
    SELECT job_id, cust_id, acct_typ, pay_terms_dd, d + 1, net, round(std * 0.20, 2), NULL, 2
    FROM j WHERE job_id % 37 = 0
    UNION ALL
    SELECT job_id, cust_id, acct_typ, pay_terms_dd, d + 10, -round(net * 0.15, 2), -round(std * 0.15 * 0.20, 2), 'C', 3
    FROM j WHERE job_id % 43 = 0 AND job_id % 37 <> 0 AND d + 10 <= date '2025-11-30'
), p AS (
    SELECT rows.*,
           CASE acct_typ WHEN 'R' THEN CASE WHEN job_id % 4 = 0 THEN 3 + job_id % 10 ELSE 0 END
                         WHEN 'N' THEN 8 + job_id % 20
                         ELSE 12 + (job_id * 7) % 45 END AS pay_days
    FROM rows
), s AS (
    SELECT p.*,
           CASE WHEN fixed IS NOT NULL THEN fixed
                WHEN cust_id % 23 = 5 AND acct_typ IN ('T','C') AND inv_dt >= date '2025-03-01' THEN 'I'
                WHEN job_id % 71 = 0 THEN 'I'
                WHEN inv_dt + pay_days > date '2025-11-30' THEN 'I'
                ELSE 'P' END AS st
    FROM p
), n AS (
    SELECT s.*, row_number() OVER (ORDER BY inv_dt, job_id, k)::int AS iid FROM s
)
SELECT iid,
       CASE WHEN st = 'C' THEN 'CN' ELSE 'INV' END || lpad(iid::text, 6, '0'),
       job_id, cust_id, inv_dt, inv_dt + pay_terms_dd, net, vat,
       CASE WHEN st = 'P' THEN inv_dt + pay_days END,
       st
FROM n;

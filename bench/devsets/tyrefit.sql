-- Made-up schema: Sonoran Mobile Tire LLC, a mobile tire fitting business in Phoenix, Arizona (prices in USD).
-- Four vans go out to customers - households and fleets (landscapers, pool services, plumbers, HVAC, pest
-- control) - and fit tires at the customer's home or at work. Tires are bought from two wholesalers and held in
-- a small warehouse in south Phoenix. Old tires taken off ("casings") are hauled to a recycler; the Arizona waste
-- tire fee is passed on to the customer. Vans also run out to flat call-outs. Fleet accounts are invoiced monthly.
--
-- Habits of the business (how the owner and staff talk and record things):
--   * Times are Phoenix local time (MST all year, no daylight saving), stored as timestamp without time zone.
--   * Data cut-off is 2026-11-30, and the staff talk as if today were that day: "this year" = 2026,
--     "last year" = 2025. Bookings for December 2026 already exist (st = 'B').
--   * A "job" is any row of job (one booked visit). A "fitting" / "done job" is st = 'D'. A "dry run" is
--     st = 'N': the van went out but the vehicle or the customer was not there ($45 trip charge). Cancelled
--     jobs (st = 'C') are not charged. Dispatch puts jobs on a van 3-4 days ahead; van_id NULL = not on a van yet.
--   * The vans go by nicknames (van.nick): 1 = Big Red, 2 = Whitey, 3 = The Sprinter, 4 = Lil Blue (on the road
--     since May 2024). Each van has one lead fitter at a time (job.tech_id); Whitey changed fitter on 2025-07-01.
--   * Tires fitted are listed in job_tire, only on done jobs; job_tire.px is the price charged per tire
--     (fleets get 10% off list). "17s", "18s" = tires for 17-inch, 18-inch rims (tire.rim_in). "LT" = light truck.
--   * Money on a job = lbr_amt + the tires (qty * px) + the casing fee (disp.st_fee).
--   * Casings: disp has one row per done job where we took the old tires away (no row = customer kept them).
--     st_fee is the state waste tire fee charged to the customer on the day of the job ($2.00 a casing, $2.50
--     from 2026-01-01). Casings sit in the warehouse until the recycler hauls them, every other Friday (haul_dt).
--   * Flat call-outs (callout) are not jobs and are always paid on the spot by card, fleets included. "GOA" = gone
--     on arrival. Response time = arr_ts - call_ts.
--   * A fleet with an account (fleet_acct) puts its jobs on account (job.pay_cd = 'A'); it gets one invoice per
--     month worked (inv.bill_mo), dated the 3rd of the next month, covering those jobs (labor or dry-run charge,
--     tires and casing fees). November 2026 is not invoiced yet. Fleets without an account pay like households.
-- Data are deterministic (generate_series, modulo arithmetic; no random()). Re-runnable: children dropped first.

DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS callout;
DROP TABLE IF EXISTS disp;
DROP TABLE IF EXISTS job_tire;
DROP TABLE IF EXISTS job;
DROP TABLE IF EXISTS tire;
DROP TABLE IF EXISTS whsl;
DROP TABLE IF EXISTS fleet_acct;
DROP TABLE IF EXISTS tech;
DROP TABLE IF EXISTS van;
DROP TABLE IF EXISTS cust;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    cust_nm   text NOT NULL,
    cust_typ  char(1) NOT NULL,
    ph        varchar(14) NOT NULL,
    email     text,
    zip       char(5) NOT NULL,
    city      text NOT NULL,
    src_cd    char(1),
    sms_ok    boolean NOT NULL DEFAULT true,
    crt_dt    date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers - households and fleets';
COMMENT ON COLUMN cust.cust_nm IS 'person name (household) or company name (fleet)';
COMMENT ON COLUMN cust.cust_typ IS 'H = household, F = fleet (business running several vehicles)';
COMMENT ON COLUMN cust.email IS 'NULL = no email on file';
COMMENT ON COLUMN cust.zip IS 'home zip (household) or yard zip (fleet)';
COMMENT ON COLUMN cust.src_cd IS 'how they found us: G = Google, Y = Yelp, N = Nextdoor, R = referral from a customer, D = dealer / shop sent them; NULL = never asked';
COMMENT ON COLUMN cust.sms_ok IS 'ok to text appointment reminders';

INSERT INTO cust (cust_id, cust_nm, cust_typ, ph, email, zip, city, src_cd, sms_ok, crt_dt)
WITH z(zi, zip, city) AS (
    VALUES (0, '85032', 'Phoenix'), (1, '85008', 'Phoenix'), (2, '85016', 'Phoenix'), (3, '85032', 'Phoenix'),
           (4, '85201', 'Mesa'), (5, '85044', 'Phoenix'), (6, '85251', 'Scottsdale'), (7, '85281', 'Tempe'),
           (8, '85032', 'Phoenix'), (9, '85224', 'Chandler'), (10, '85301', 'Glendale'), (11, '85018', 'Phoenix'),
           (12, '85233', 'Gilbert'), (13, '85345', 'Peoria'), (14, '85020', 'Phoenix'), (15, '85085', 'Phoenix'),
           (16, '85204', 'Mesa'), (17, '85048', 'Phoenix'), (18, '85028', 'Phoenix'), (19, '85225', 'Chandler'),
           (20, '85006', 'Phoenix'), (21, '85050', 'Phoenix'), (22, '85308', 'Glendale'), (23, '85022', 'Phoenix')
), n AS (
    SELECT c, (c - 7) / 40 AS fi,
           (ARRAY['Jose','Maria','Michael','Jennifer','David','Ashley','Daniel','Guadalupe','James','Brittany',
                  'Carlos','Jessica','Robert','Ana','Kevin','Sarah','Juan','Amanda','Tyler','Rosa','Brandon',
                  'Megan','Luis','Nicole','Anthony','Stephanie','Ryan'])[1 + c % 27] AS fn,
           (ARRAY['Garcia','Smith','Martinez','Johnson','Hernandez','Williams','Lopez','Brown','Gonzalez','Jones',
                  'Rodriguez','Miller','Davis','Perez','Nguyen','Wilson','Sanchez','Anderson','Ramirez','Thomas',
                  'Torres','Begay','Flores','Moore','Rivera','Yazzie','Clark','Lewis','Walker'])[1 + (c * 13) % 29] AS ln,
           (ARRAY['Desert Bloom','Saguaro','Camelback','Valley Wide','Copper State','Red Rock','Sun Devil'])[1 + ((c - 7) / 40) % 7] AS fp,
           (ARRAY['Landscaping','Pool Service','Plumbing','HVAC','Pest Control'])[1 + ((c - 7) / 40) % 5] AS fs
    FROM generate_series(1, 1400) AS c
)
SELECT c,
       CASE WHEN c % 40 = 7 THEN fp || ' ' || fs ELSE fn || ' ' || ln END,
       CASE WHEN c % 40 = 7 THEN 'F' ELSE 'H' END,
       '(' || (ARRAY['602','480','623'])[1 + c % 3] || ') ' || (200 + (c * 7919) % 800)::text || '-'
           || lpad(((c * 104729) % 10000)::text, 4, '0'),
       CASE WHEN c % 40 = 7 THEN 'office@' || lower(replace(fp, ' ', '')) || lower(replace(fs, ' ', '')) || '.com'
            WHEN c % 5 = 0 THEN NULL
            ELSE lower(fn) || '.' || lower(ln) || (c % 89)::text || '@'
                 || (ARRAY['gmail.com','yahoo.com','outlook.com','icloud.com','cox.net','hotmail.com'])[1 + c % 6] END,
       z.zip, z.city,
       CASE c % 11 WHEN 0 THEN NULL WHEN 1 THEN 'G' WHEN 2 THEN 'G' WHEN 3 THEN 'G' WHEN 4 THEN 'G'
                   WHEN 5 THEN 'Y' WHEN 6 THEN 'Y' WHEN 7 THEN 'N' WHEN 8 THEN 'R' WHEN 9 THEN 'R' ELSE 'D' END,
       c % 6 <> 0,
       CASE WHEN c % 40 = 7 THEN date '2024-01-01' ELSE date '2024-01-02' + (c * 1063) / 1400 END
FROM n JOIN z ON z.zi = (c * 7) % 24;

-- ---------------------------------------------------------------- fleet_acct (fleet accounts, invoiced monthly)
CREATE TABLE fleet_acct (
    acct_id   smallint PRIMARY KEY,
    cust_id   integer NOT NULL UNIQUE REFERENCES cust (cust_id),
    acct_cd   varchar(8) NOT NULL,
    terms_dy  smallint NOT NULL,
    cr_lmt    numeric(9,2) NOT NULL,
    po_req    boolean NOT NULL DEFAULT false,
    open_dt   date NOT NULL,
    close_dt  date
);
COMMENT ON TABLE fleet_acct IS 'Fleet customers we invoice monthly instead of charging at the van';
COMMENT ON COLUMN fleet_acct.terms_dy IS 'payment terms, days after invoice date';
COMMENT ON COLUMN fleet_acct.po_req IS 'customer wants their PO number on every invoice';
COMMENT ON COLUMN fleet_acct.close_dt IS 'account closed after this day (they pay at the van again); NULL = open';

INSERT INTO fleet_acct (acct_id, cust_id, acct_cd, terms_dy, cr_lmt, po_req, open_dt, close_dt)
SELECT 100 + row_number() OVER (ORDER BY c.cust_id),
       c.cust_id,
       'FLT-' || lpad(((c.cust_id - 7) / 40 + 1)::text, 3, '0'),
       CASE WHEN ((c.cust_id - 7) / 40) % 3 = 0 THEN 45 ELSE 30 END,
       CASE WHEN ((c.cust_id - 7) / 40) % 4 = 0 THEN 10000 ELSE 5000 END,
       ((c.cust_id - 7) / 40) % 4 = 1,
       CASE WHEN ((c.cust_id - 7) / 40) % 6 = 5 THEN date '2025-03-01' ELSE date '2024-01-01' END,
       CASE (c.cust_id - 7) / 40 WHEN 13 THEN date '2025-09-30' WHEN 22 THEN date '2026-06-30' END
FROM cust c
WHERE c.cust_typ = 'F' AND ((c.cust_id - 7) / 40) % 5 <> 4;

-- ---------------------------------------------------------------- van
CREATE TABLE van (
    van_id     smallint PRIMARY KEY,
    nick       text NOT NULL,
    make_mdl   text NOT NULL,
    yr         smallint NOT NULL,
    plate      varchar(8) NOT NULL,
    in_svc_dt  date NOT NULL,
    odo_mi     integer NOT NULL
);
COMMENT ON TABLE van IS 'Service vans (each carries a tire machine, balancer and compressor)';
COMMENT ON COLUMN van.nick IS 'what everybody calls the van';
COMMENT ON COLUMN van.odo_mi IS 'odometer at data cut-off, miles';

INSERT INTO van (van_id, nick, make_mdl, yr, plate, in_svc_dt, odo_mi) VALUES
    (1, 'Big Red',      'Ford Transit 250',        2019, 'CJK4417', date '2019-08-12', 184220),
    (2, 'Whitey',       'Ram ProMaster 2500',      2021, 'DLP2290', date '2021-03-01', 131870),
    (3, 'The Sprinter', 'Mercedes Sprinter 2500',  2022, 'DWR8813', date '2022-06-15',  98410),
    (4, 'Lil Blue',     'Ford Transit 250',        2024, 'EAZ1934', date '2024-05-06',  41560);

-- ---------------------------------------------------------------- tech (fitters)
CREATE TABLE tech (
    tech_id  smallint PRIMARY KEY,
    tech_nm  text NOT NULL,
    role     char(1) NOT NULL,
    hire_dt  date NOT NULL,
    term_dt  date,
    hr_rt    numeric(5,2) NOT NULL
);
COMMENT ON COLUMN tech.role IS 'L = lead fitter (drives a van, named on the jobs), H = helper (rides along)';
COMMENT ON COLUMN tech.term_dt IS 'last day worked; NULL = still with us';

INSERT INTO tech (tech_id, tech_nm, role, hire_dt, term_dt, hr_rt) VALUES
    (1, 'Ray Delgado',   'L', date '2019-08-01', NULL,              29.50),
    (2, 'Luis Ortega',   'L', date '2021-02-15', date '2025-06-30', 26.00),
    (3, 'Kayla Brooks',  'L', date '2022-06-01', NULL,              27.25),
    (4, 'Marcus Lee',    'L', date '2024-05-01', NULL,              24.00),
    (5, 'Dominic Reyes', 'L', date '2025-06-16', NULL,              25.50),
    (6, 'Tyler Nguyen',  'H', date '2026-09-08', NULL,              18.00);

-- ---------------------------------------------------------------- whsl (tire wholesalers)
CREATE TABLE whsl (
    whsl_id  smallint PRIMARY KEY,
    whsl_nm  text NOT NULL,
    city     text NOT NULL,
    acct_no  varchar(12) NOT NULL,
    terms    varchar(4) NOT NULL,
    lead_dy  smallint NOT NULL,
    rep_nm   text
);
COMMENT ON COLUMN whsl.terms IS 'our payment terms with them (N15 = net 15 days, N30 = net 30)';
COMMENT ON COLUMN whsl.lead_dy IS 'days from order to delivery at our warehouse';

INSERT INTO whsl (whsl_id, whsl_nm, city, acct_no, terms, lead_dy, rep_nm) VALUES
    (1, 'Sun Valley Tire Supply',            'Phoenix',  'SVT-44817',  'N30', 1, 'Gilbert Ruiz'),
    (2, 'Western States Tire Distributors',  'Tolleson', 'WSTD-2291',  'N15', 2, 'Amy Chen');

-- ---------------------------------------------------------------- tire (catalog + warehouse stock)
CREATE TABLE tire (
    sku       varchar(20) PRIMARY KEY,
    brand     text NOT NULL,
    mdl       text NOT NULL,
    sz        varchar(12) NOT NULL,
    rim_in    smallint NOT NULL,
    tier      char(1) NOT NULL,
    lt        boolean NOT NULL DEFAULT false,
    whsl_id   smallint NOT NULL REFERENCES whsl (whsl_id),
    cost      numeric(7,2) NOT NULL,
    px_list   numeric(7,2) NOT NULL,
    qty_oh    integer NOT NULL,
    reord_pt  smallint NOT NULL,
    disc      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE tire IS 'Tires we stock - one row per SKU, stock is what sits in the warehouse';
COMMENT ON COLUMN tire.sz IS 'tire size as on the sidewall';
COMMENT ON COLUMN tire.rim_in IS 'rim diameter, inches';
COMMENT ON COLUMN tire.tier IS 'P = premium, M = mid-range, V = value / budget';
COMMENT ON COLUMN tire.lt IS 'light truck (LT) tire';
COMMENT ON COLUMN tire.cost IS 'our cost per tire from the wholesaler';
COMMENT ON COLUMN tire.px_list IS 'list price per tire';
COMMENT ON COLUMN tire.reord_pt IS 'reorder when qty_oh is at or below this';
COMMENT ON COLUMN tire.disc IS 'discontinued - sell what is left, do not reorder';

INSERT INTO tire (sku, brand, mdl, sz, rim_in, tier, lt, whsl_id, cost, px_list, qty_oh, reord_pt, disc)
WITH m(mi, brand, mdl, code, tier, lt, whsl_id, szs) AS (
    VALUES (1,  'Michelin',    'Defender2',              'MIDF2', 'P', false, 1, ARRAY['205/55R16','225/65R17','235/65R17','235/60R18']),
           (2,  'Bridgestone', 'Turanza EverDrive',      'BSTED', 'P', false, 2, ARRAY['215/60R16','225/65R17','225/45R18','275/55R20']),
           (3,  'Goodyear',    'Assurance WeatherReady', 'GYAWR', 'M', false, 2, ARRAY['195/65R15','205/55R16','235/65R17','235/60R18']),
           (4,  'Cooper',      'Endeavor Plus',          'COEPL', 'M', false, 2, ARRAY['215/60R16','225/65R17','235/60R18']),
           (5,  'Hankook',     'Kinergy PT',             'HKKPT', 'M', false, 1, ARRAY['195/65R15','205/55R16','225/45R18','235/65R17']),
           (6,  'Kumho',       'Solus TA11',             'KUT11', 'V', false, 2, ARRAY['195/65R15','215/60R16','225/65R17']),
           (7,  'Westlake',    'RP18',                   'WLR18', 'V', false, 1, ARRAY['195/65R15','205/55R16','225/45R18','235/65R17']),
           (8,  'Falken',      'Sincera SN250',          'FKS25', 'V', false, 1, ARRAY['215/60R16','235/60R18','275/55R20']),
           (9,  'BFGoodrich',  'All-Terrain T/A KO2',    'BFKO2', 'P', true,  1, ARRAY['LT245/75R16','LT265/70R17','LT275/65R18','LT275/65R20']),
           (10, 'Michelin',    'Defender LTX M/S',       'MILTX', 'P', true,  1, ARRAY['LT245/75R16','LT265/70R17','LT275/65R20']),
           (11, 'Cooper',      'Discoverer AT3 LT',      'CODA3', 'M', true,  2, ARRAY['LT245/75R16','LT265/70R17','LT275/65R18']),
           (12, 'General',     'Grabber A/TX',           'GNATX', 'M', true,  1, ARRAY['LT265/70R17','LT275/65R18']),
           (13, 'Ironman',     'All Country AT',         'IMACA', 'V', true,  2, ARRAY['LT245/75R16','LT265/70R17']),
           -- added to the list in November 2026, nothing fitted yet
           (14, 'Nitto',       'Ridge Grappler',         'NTRGR', 'P', true,  2, ARRAY['LT275/65R20']),
           (15, 'Pirelli',     'Scorpion AS Plus 3',     'PIAS3', 'P', false, 1, ARRAY['275/55R20'])
), s AS (
    SELECT m.*, u.sz, u.ord, substring(u.sz FROM 'R([0-9]+)$')::int AS rim,
           row_number() OVER (ORDER BY m.mi, u.ord) AS rn
    FROM m, unnest(m.szs) WITH ORDINALITY AS u(sz, ord)
), p AS (
    SELECT s.*,
           round(CASE rim WHEN 15 THEN 68 WHEN 16 THEN 82 WHEN 17 THEN 104 WHEN 18 THEN 126 ELSE 158 END
                 * CASE tier WHEN 'P' THEN 1.45 WHEN 'M' THEN 1.12 ELSE 0.82 END
                 * CASE WHEN lt THEN 1.3 ELSE 1 END, 2) AS cost
    FROM s
)
SELECT code || '-' || regexp_replace(sz, '[^0-9]', '', 'g'),
       brand, mdl, sz, rim, tier, lt, whsl_id, cost,
       ceil(cost * 1.42) - 0.01,
       (rn * 11) % 19,
       CASE WHEN rim = 17 THEN 8 ELSE 4 + rn % 3 END,
       (mi = 6 AND ord = 1) OR (mi = 7 AND ord = 2) OR (mi = 13 AND ord = 1) OR (mi = 3 AND ord = 1)
FROM p;

-- ---------------------------------------------------------------- job (bookings / fittings)
CREATE TABLE job (
    job_id      integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    bkd_ts      timestamp NOT NULL,
    svc_dt      date NOT NULL,
    slot        char(1) NOT NULL,
    loc_cd      char(1) NOT NULL,
    zip         char(5) NOT NULL,
    van_id      smallint REFERENCES van (van_id),
    tech_id     smallint REFERENCES tech (tech_id),
    st          char(1) NOT NULL,
    lbr_amt     numeric(7,2),
    onsite_min  smallint,
    pay_cd      char(1),
    notes       text
);
COMMENT ON TABLE job IS 'Fitting jobs - one row per visit booked';
COMMENT ON COLUMN job.bkd_ts IS 'when the booking was taken';
COMMENT ON COLUMN job.svc_dt IS 'appointment date';
COMMENT ON COLUMN job.slot IS 'E = early bird 6-9am (May-Sep only, before the heat), M = morning 9-12, A = afternoon 12-4';
COMMENT ON COLUMN job.loc_cd IS 'H = at the customer''s home, W = at their work (fleet yards count as W)';
COMMENT ON COLUMN job.zip IS 'zip where the fitting is done';
COMMENT ON COLUMN job.van_id IS 'NULL = not put on a van yet';
COMMENT ON COLUMN job.tech_id IS 'lead fitter on the van that day';
COMMENT ON COLUMN job.st IS 'B = booked, D = done, C = cancelled by customer, N = dry run (we showed up, no vehicle / nobody there)';
COMMENT ON COLUMN job.lbr_amt IS 'labor: mount, balance, valve stems, trip; tires not included. Dry run = 45.00 trip charge, cancelled = 0, NULL while booked';
COMMENT ON COLUMN job.onsite_min IS 'minutes on site, from the fitter''s app; NULL = not clocked';
COMMENT ON COLUMN job.pay_cd IS 'C = card, K = cash, Z = Zelle, A = on account (fleet invoice); NULL = nothing to pay';

INSERT INTO job (job_id, cust_id, bkd_ts, svc_dt, slot, loc_cd, zip, van_id, tech_id, st, lbr_amt, onsite_min, pay_cd, notes)
WITH b0 AS (
    SELECT j,
           CASE WHEN j <= 3600 THEN date '2024-01-02' + ((j - 1) * 1064) / 3600
                ELSE date '2026-12-01' + (j - 3601) / 3 END AS d0,
           CASE WHEN j % 10 IN (2, 5, 8) THEN 7 + 40 * CASE WHEN ((j / 10) * 11 + j % 10) % 60 < 35 THEN ((j / 10) * 11 + j % 10) % 60
                                                      ELSE (((j / 10) * 11 + j % 10) % 60 - 35) % 8 END
                WHEN j % 13 = 0 THEN 1 + 4 * ((j / 13) % 25)
                WHEN (1 + (j * 389) % 1301) % 40 = 7 THEN 2 + (j * 389) % 1301
                ELSE 1 + (j * 389) % 1301 END AS cust_id
    FROM generate_series(1, 3660) AS j
), b AS (
    SELECT j, cust_id,
           CASE WHEN extract(dow FROM d0) = 0 THEN d0 - 1 ELSE d0 END AS svc_dt,
           CASE WHEN j > 3600 THEN 'B' WHEN j % 25 = 3 THEN 'C' WHEN j % 31 = 7 THEN 'N' ELSE 'D' END AS st,
           CASE WHEN (j * 7 + j / 10) % 10 <= 3 THEN 1 WHEN (j * 7 + j / 10) % 10 <= 6 THEN 2
                WHEN (j * 7 + j / 10) % 10 <= 8 THEN 3 ELSE 4 END AS v0
    FROM b0
), v AS (
    SELECT b.*,
           CASE WHEN st = 'B' AND svc_dt > date '2026-12-04' THEN NULL
                WHEN v0 = 4 AND svc_dt < date '2024-05-06' THEN 1
                ELSE v0 END AS van_id
    FROM b
)
SELECT v.j, v.cust_id,
       greatest(least(v.svc_dt - (1 + v.j % 9), date '2026-11-30'), date '2024-01-01')::timestamp
           + interval '1 minute' * (420 + (v.j * 37) % 600),
       v.svc_dt,
       CASE WHEN extract(month FROM v.svc_dt) BETWEEN 5 AND 9 AND v.j % 3 = 0 THEN 'E'
            WHEN v.j % 2 = 0 THEN 'M' ELSE 'A' END,
       CASE WHEN c.cust_typ = 'F' OR v.j % 5 = 0 THEN 'W' ELSE 'H' END,
       CASE WHEN c.cust_typ = 'F' OR v.j % 5 <> 0 THEN c.zip
            ELSE (ARRAY['85003','85004','85034','85040','85281','85226','85251','85282','85009','85043'])[1 + (v.j * 3) % 10] END,
       v.van_id,
       CASE v.van_id WHEN 1 THEN 1 WHEN 2 THEN CASE WHEN v.svc_dt < date '2025-07-01' THEN 2 ELSE 5 END
                     WHEN 3 THEN 3 WHEN 4 THEN 4 END,
       v.st,
       CASE v.st WHEN 'N' THEN 45.00 WHEN 'C' THEN 0.00 END,   -- done jobs priced below, from the tires fitted
       NULL,
       CASE WHEN v.st IN ('D', 'N') THEN
                CASE WHEN EXISTS (SELECT 1 FROM fleet_acct a
                                  WHERE a.cust_id = v.cust_id AND a.open_dt <= v.svc_dt
                                    AND (a.close_dt IS NULL OR v.svc_dt <= a.close_dt)) THEN 'A'
                     WHEN v.st = 'N' THEN 'C'
                     ELSE (ARRAY['C','C','C','K','Z','C'])[1 + v.j % 6] END END,
       CASE WHEN v.j % 9 = 0 THEN 'gate code ' || (1000 + (v.j * 71) % 9000)::text
            WHEN v.j % 14 = 0 THEN 'call on arrival'
            WHEN v.j % 23 = 0 THEN 'dogs in yard'
            WHEN v.j % 29 = 0 THEN 'car in covered parking, level 2' END
FROM v JOIN cust c ON c.cust_id = v.cust_id;

-- ---------------------------------------------------------------- job_tire (tires fitted on a job)
CREATE TABLE job_tire (
    job_id  integer NOT NULL REFERENCES job (job_id),
    ln      smallint NOT NULL,
    sku     varchar(20) NOT NULL REFERENCES tire (sku),
    qty     smallint NOT NULL,
    px      numeric(7,2) NOT NULL,
    PRIMARY KEY (job_id, ln)
);
COMMENT ON COLUMN job_tire.px IS 'price charged per tire (list, fleets 10% off, coupons $10 off a tire)';

INSERT INTO job_tire (job_id, ln, sku, qty, px)
WITH pool AS (
    SELECT sku, px_list, lt, row_number() OVER (PARTITION BY lt ORDER BY sku) - 1 AS pn,
           count(*) OVER (PARTITION BY lt) AS n
    FROM tire
    WHERE brand NOT IN ('Nitto', 'Pirelli')
), jj AS (
    SELECT j.job_id, c.cust_typ,
           CASE WHEN c.cust_typ = 'F' THEN (ARRAY[2,4,4,6,8])[1 + j.job_id % 5]
                ELSE (ARRAY[1,2,2,4,4,2,4])[1 + j.job_id % 7] END AS ntire,
           (c.cust_typ = 'F' OR c.cust_id % 6 = 0) AS use_lt,
           c.cust_id * 7 + j.job_id / 400 AS pick
    FROM job j JOIN cust c ON c.cust_id = j.cust_id
    WHERE j.st = 'D'
), l AS (
    SELECT job_id, cust_typ, use_lt, pick, 1 AS ln,
           CASE WHEN job_id % 6 = 0 AND ntire >= 2 THEN ntire / 2 ELSE ntire END AS qty
    FROM jj
    UNION ALL
    SELECT job_id, cust_typ, use_lt, pick + 1, 2, ntire - ntire / 2
    FROM jj WHERE job_id % 6 = 0 AND ntire >= 2
)
SELECT l.job_id, l.ln, p.sku, l.qty,
       CASE WHEN l.cust_typ = 'F' THEN round(p.px_list * 0.9, 2)
            WHEN l.job_id % 19 = 0 THEN p.px_list - 10
            ELSE p.px_list END
FROM l JOIN pool p ON p.lt = l.use_lt AND p.pn = l.pick % p.n;

-- labor and time on site for done jobs
UPDATE job j
SET lbr_amt = CASE WHEN c.cust_typ = 'F' THEN 20.00 * t.n ELSE 35.00 + 25.00 * t.n END,
    onsite_min = CASE WHEN j.job_id % 47 = 0 THEN NULL ELSE 20 + 11 * t.n + (j.job_id * 17) % 25 END
FROM (SELECT job_id, sum(qty) AS n FROM job_tire GROUP BY job_id) t, cust c
WHERE t.job_id = j.job_id AND c.cust_id = j.cust_id;

-- ---------------------------------------------------------------- disp (casings taken away)
CREATE TABLE disp (
    disp_id   integer PRIMARY KEY,
    job_id    integer NOT NULL UNIQUE REFERENCES job (job_id),
    n_cas     smallint NOT NULL,
    st_fee    numeric(6,2) NOT NULL,
    haul_dt   date
);
COMMENT ON TABLE disp IS 'Old tires (casings) taken off on a job and brought back to the warehouse for disposal';
COMMENT ON COLUMN disp.n_cas IS 'number of casings taken';
COMMENT ON COLUMN disp.st_fee IS 'AZ waste tire fee charged to the customer for these casings, USD';
COMMENT ON COLUMN disp.haul_dt IS 'date the recycler hauled them away; NULL = still stacked at the warehouse';

INSERT INTO disp (disp_id, job_id, n_cas, st_fee, haul_dt)
WITH t AS (
    SELECT j.job_id, j.svc_dt, sum(t.qty) AS n
    FROM job j JOIN job_tire t ON t.job_id = j.job_id
    WHERE j.job_id % 11 <> 0
    GROUP BY j.job_id, j.svc_dt
), c AS (
    SELECT job_id, svc_dt,
           CASE WHEN job_id % 17 = 0 AND n > 1 THEN n - 1 ELSE n END AS n_cas,
           svc_dt + 14 - ((svc_dt - date '2023-12-22') % 14) AS haul
    FROM t
)
SELECT row_number() OVER (ORDER BY job_id), job_id, n_cas,
       n_cas * CASE WHEN svc_dt >= date '2026-01-01' THEN 2.50 ELSE 2.00 END,
       CASE WHEN haul <= date '2026-11-30' THEN haul END
FROM c;

-- ---------------------------------------------------------------- callout (flat tire call-outs)
CREATE TABLE callout (
    co_id     integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES cust (cust_id),
    call_ts   timestamp NOT NULL,
    van_id    smallint NOT NULL REFERENCES van (van_id),
    arr_ts    timestamp,
    res_cd    char(1) NOT NULL,
    hwy       boolean NOT NULL DEFAULT false,
    loc_desc  text,
    zip       char(5),
    fee       numeric(7,2) NOT NULL
);
COMMENT ON TABLE callout IS 'Flat tire call-outs (not fitting jobs) - paid on the spot';
COMMENT ON COLUMN callout.call_ts IS 'when the customer called';
COMMENT ON COLUMN callout.arr_ts IS 'when the van got there; NULL = cancelled before we arrived';
COMMENT ON COLUMN callout.res_cd IS 'P = plugged / patched, S = spare put on, T = tow called / sent to a shop, G = GOA (gone on arrival), X = caller cancelled';
COMMENT ON COLUMN callout.hwy IS 'on a freeway (shoulder) - location in loc_desc, no zip';
COMMENT ON COLUMN callout.fee IS 'call-out fee: 89 base, +40 freeway, +40 after 6pm; GOA 45; cancelled 0';

INSERT INTO callout (co_id, cust_id, call_ts, van_id, arr_ts, res_cd, hwy, loc_desc, zip, fee)
WITH d AS (
    SELECT dn, date '2024-01-02' + dn AS dt FROM generate_series(0, 1063) AS dn
), k AS (
    SELECT d.dn, d.dt, k
    FROM d, generate_series(1, CASE WHEN extract(month FROM d.dt) BETWEEN 6 AND 9
                                    THEN (d.dn % 3 <> 1)::int + (d.dn % 2 = 0)::int
                                    ELSE (d.dn % 3 = 0)::int END) AS k
), x AS (
    SELECT row_number() OVER (ORDER BY dn, k) AS co_id, dn, dt, k,
           dt + interval '1 minute' * (360 + (dn * 97 + k * 211) % 900) AS call_ts,
           CASE WHEN (dn * 7 + k * 3) % 20 <= 8 THEN 'P' WHEN (dn * 7 + k * 3) % 20 <= 13 THEN 'S'
                WHEN (dn * 7 + k * 3) % 20 <= 16 THEN 'T' WHEN (dn * 7 + k * 3) % 20 = 17 THEN 'G' ELSE 'X' END AS res_cd,
           (dn + 3 * k) % 5 = 0 AS hwy,
           1 + (dn * 53 + k * 17) % 1400 AS cust_id
    FROM k
)
SELECT x.co_id, x.cust_id, x.call_ts,
       CASE WHEN x.dt < date '2024-05-06' THEN 1 + (x.dn + x.k) % 3 ELSE 1 + (x.dn + x.k) % 4 END,
       CASE WHEN x.res_cd <> 'X' THEN x.call_ts + interval '1 minute' * (18 + (x.dn * 13 + x.k * 29) % 70 + CASE WHEN x.hwy THEN 12 ELSE 0 END) END,
       x.res_cd, x.hwy,
       CASE WHEN x.hwy THEN (ARRAY['I-10 EB','I-10 WB','I-17 NB','I-17 SB','Loop 101','Loop 202','SR 51','US 60 EB','US 60 WB'])[1 + (x.dn + x.k) % 9]
                            || ' near mm ' || (100 + (x.dn * x.k) % 120)::text END,
       CASE WHEN NOT x.hwy THEN c.zip END,
       CASE x.res_cd WHEN 'X' THEN 0.00 WHEN 'G' THEN 45.00
            ELSE 89.00 + CASE WHEN x.hwy THEN 40 ELSE 0 END + CASE WHEN x.call_ts::time >= time '18:00' THEN 40 ELSE 0 END END
FROM x JOIN cust c ON c.cust_id = x.cust_id;

-- customers are created at their first booking or call, if that came first
UPDATE cust c SET crt_dt = f.first_dt
FROM (SELECT cust_id, min(d) AS first_dt
      FROM (SELECT cust_id, bkd_ts::date AS d FROM job UNION ALL SELECT cust_id, call_ts::date FROM callout) a
      GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id AND f.first_dt < c.crt_dt;

-- ---------------------------------------------------------------- inv (monthly fleet invoices)
CREATE TABLE inv (
    inv_no   integer PRIMARY KEY,
    acct_id  smallint NOT NULL REFERENCES fleet_acct (acct_id),
    bill_mo  date NOT NULL,
    inv_dt   date NOT NULL,
    due_dt   date NOT NULL,
    inv_amt  numeric(9,2) NOT NULL,
    pd_dt    date,
    pd_amt   numeric(9,2)
);
COMMENT ON TABLE inv IS 'Monthly invoices to fleet accounts';
COMMENT ON COLUMN inv.bill_mo IS 'first day of the month the work was done in';
COMMENT ON COLUMN inv.inv_amt IS 'invoice total, USD';
COMMENT ON COLUMN inv.pd_dt IS 'date their payment came in; NULL = not paid yet';
COMMENT ON COLUMN inv.pd_amt IS 'what they paid (sometimes short - disputed dry runs)';

INSERT INTO inv (inv_no, acct_id, bill_mo, inv_dt, due_dt, inv_amt, pd_dt, pd_amt)
WITH jm AS (
    SELECT a.acct_id, a.terms_dy, date_trunc('month', j.svc_dt)::date AS bill_mo,
           sum(j.lbr_amt + coalesce(t.tires, 0) + coalesce(d.st_fee, 0)) AS amt
    FROM job j
    JOIN fleet_acct a ON a.cust_id = j.cust_id
    LEFT JOIN (SELECT job_id, sum(qty * px) AS tires FROM job_tire GROUP BY job_id) t ON t.job_id = j.job_id
    LEFT JOIN disp d ON d.job_id = j.job_id
    WHERE j.pay_cd = 'A' AND j.svc_dt < date '2026-11-01'
    GROUP BY a.acct_id, a.terms_dy, date_trunc('month', j.svc_dt)
), n AS (
    SELECT jm.*, row_number() OVER (ORDER BY bill_mo, acct_id)::int AS k,
           (bill_mo + interval '1 month')::date + 2 AS inv_dt
    FROM jm
), p AS (
    SELECT n.*,
           CASE WHEN k % 37 = 0 THEN NULL
                WHEN acct_id IN (104, 111, 119) THEN inv_dt + terms_dy + 6 + (k * 7) % 30
                WHEN k % 29 = 0 THEN inv_dt + terms_dy + 21
                ELSE inv_dt + terms_dy - 14 + (k * 7) % 15 END AS pd0
    FROM n
)
SELECT 26000 + k, acct_id, bill_mo, inv_dt, inv_dt + terms_dy, amt,
       CASE WHEN pd0 <= date '2026-11-30' THEN pd0 END,
       CASE WHEN pd0 > date '2026-11-30' OR pd0 IS NULL THEN NULL
            WHEN k % 23 = 5 AND amt > 100 THEN amt - 45.00
            ELSE amt END
FROM p;

-- Made-up schema: a small property & casualty insurer (producers = agents/brokers, adjusters,
-- policyholders, policies, coverages on a policy, premium bills, claims, claim payments).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS clm_pmt;
DROP TABLE IF EXISTS claim;
DROP TABLE IF EXISTS prem_bill;
DROP TABLE IF EXISTS pol_cov;
DROP TABLE IF EXISTS policy;
DROP TABLE IF EXISTS insured;
DROP TABLE IF EXISTS adjuster;
DROP TABLE IF EXISTS producer;

-- ---------------------------------------------------------------- producer (agents and brokers)
CREATE TABLE producer (
    prod_id    integer PRIMARY KEY,
    prod_nm    text NOT NULL,
    prod_type  char(1) NOT NULL,
    lic_st     char(2) NOT NULL,
    comm_pct   numeric(4,2) NOT NULL,
    appt_dt    date NOT NULL,
    term_dt    date
);
COMMENT ON TABLE producer IS 'Agents and brokers who sell our policies';
COMMENT ON COLUMN producer.prod_type IS 'A = captive agent (sells only for us), B = independent broker';
COMMENT ON COLUMN producer.comm_pct IS 'commission, percent of premium';
COMMENT ON COLUMN producer.term_dt IS 'appointment terminated on this date; NULL = still appointed';

INSERT INTO producer (prod_id, prod_nm, prod_type, lic_st, comm_pct, appt_dt, term_dt) VALUES
    (1,  'Harbor Insurance Agency',        'A', 'OR', 12.00, '2019-04-01', NULL),
    (2,  'Dana Whitfield',                 'A', 'OR', 10.00, '2020-02-15', NULL),
    (3,  'Pacific Crest Brokers',          'B', 'WA', 15.00, '2018-09-01', NULL),
    (4,  'Marcus Lee Insurance',           'A', 'WA', 10.00, '2021-06-01', NULL),
    (5,  'Summit Risk Partners',           'B', 'OR', 15.00, '2017-01-10', NULL),
    (6,  'Evergreen Insurance Group',      'B', 'WA', 14.50, '2019-11-01', NULL),
    (7,  'Rosa Delgado',                   'A', 'OR', 10.00, '2022-03-01', '2025-06-30'),
    (8,  'Columbia Benefits & Casualty',   'B', 'ID', 13.00, '2020-05-20', NULL),
    (9,  'Tom Okafor Agency',              'A', 'ID', 11.00, '2021-01-04', NULL),
    (10, 'Northwest Commercial Brokerage', 'B', 'WA', 16.00, '2016-07-01', NULL),
    (11, 'Priya Raman',                    'A', 'OR', 10.00, '2023-01-09', NULL),
    (12, 'Cascade Mutual Brokers',         'B', 'OR', 15.00, '2025-10-01', NULL);

-- ---------------------------------------------------------------- adjuster
CREATE TABLE adjuster (
    adj_id     integer PRIMARY KEY,
    first_nm   text NOT NULL,
    last_nm    text NOT NULL,
    desk       varchar(10) NOT NULL,
    hire_dt    date NOT NULL,
    is_active  boolean NOT NULL DEFAULT true,
    auth_lmt   numeric(12,2) NOT NULL
);
COMMENT ON COLUMN adjuster.desk IS 'property, auto or casualty';
COMMENT ON COLUMN adjuster.auth_lmt IS 'settlement authority, USD';

INSERT INTO adjuster (adj_id, first_nm, last_nm, desk, hire_dt, is_active, auth_lmt) VALUES
    (1,  'Karen',   'Ostrowski', 'property', '2014-05-12', true,  50000),
    (2,  'Luis',    'Ferreira',  'property', '2018-02-01', true,  25000),
    (3,  'Janelle', 'Brooks',    'property', '2021-09-13', true,  25000),
    (4,  'Ahmed',   'Karimi',    'auto',     '2016-03-07', true,  35000),
    (5,  'Megan',   'O''Neill',  'auto',     '2019-07-22', true,  20000),
    (6,  'Victor',  'Hale',      'casualty', '2012-10-01', true,  100000),
    (7,  'Sandra',  'Yu',        'property', '2015-01-05', false, 25000),
    (8,  'Derek',   'Mills',     'auto',     '2022-04-18', true,  15000),
    (9,  'Ingrid',  'Solberg',   'casualty', '2020-11-30', true,  75000),
    (10, 'Tariq',   'Nasser',    'auto',     '2025-11-03', true,  10000);

-- ---------------------------------------------------------------- insured (policyholders)
CREATE TABLE insured (
    insd_id     integer PRIMARY KEY,
    insd_type   char(1) NOT NULL,
    insd_nm     text NOT NULL,
    dob         date,
    email       text,
    mail_city   text NOT NULL,
    mail_st     char(2) NOT NULL,
    created_ts  timestamptz NOT NULL
);
COMMENT ON TABLE insured IS 'Policyholders: people and businesses';

INSERT INTO insured (insd_id, insd_type, insd_nm, dob, email, mail_city, mail_st, created_ts)
SELECT g,
       CASE WHEN g % 5 = 0 THEN 'B' ELSE 'P' END,
       CASE WHEN g % 5 = 0
            THEN (ARRAY['Riverbend Bakery LLC','Oakridge Dental Group','Blue Heron Marine Supply','Fircrest Auto Body',
                        'Larch Mountain Brewing Co','Westside Self Storage','Alder & Pine Architects','Columbia Gorge Outfitters',
                        'Three Rivers Print Shop','Summit Ridge Veterinary','Stumptown Cycle Works','Coastal Family Pharmacy'])[g / 5]
            ELSE (ARRAY['Emily','James','Sofia','Michael','Grace','Daniel','Hana','Robert','Lucia','Kevin',
                        'Olga','Samuel','Aaliyah','Peter','Mei'])[1 + g % 15] || ' ' ||
                 (ARRAY['Carter','Nguyen','Alvarez','Thompson','Schmidt','Okonkwo','Larsen','Ivanova','Murphy',
                        'Tanaka','Reyes','Fischer','Walsh','Haddad','Bergstrom','Young','Castillo'])[1 + (g * 7) % 17]
       END,
       CASE WHEN g % 5 = 0 THEN NULL ELSE date '1948-03-01' + (g * 433) % 18000 END,
       CASE WHEN g % 13 = 0 THEN NULL ELSE 'insured' || g || '@example.net' END,
       (ARRAY['Portland','Seattle','Boise'])[1 + g % 3],
       (ARRAY['OR','WA','ID'])[1 + g % 3],
       timestamptz '2022-11-01 10:00:00+00' + g * interval '5 days 7 hours' + ((g * 13) % 60) * interval '1 minute'
FROM generate_series(1, 60) AS g;

-- ---------------------------------------------------------------- policy
CREATE TABLE policy (
    pol_no     varchar(12) PRIMARY KEY,
    insd_id    integer NOT NULL REFERENCES insured (insd_id),
    prod_id    integer REFERENCES producer (prod_id),
    lob_cd     char(2) NOT NULL,
    eff_dt     date NOT NULL,
    exp_dt     date NOT NULL,
    pol_stat   char(1) NOT NULL,
    cncl_dt    date,
    bound_ts   timestamptz NOT NULL
);
COMMENT ON COLUMN policy.prod_id IS 'selling agent or broker; NULL = written direct';
COMMENT ON COLUMN policy.lob_cd IS 'line of business: HO = homeowners, PA = personal auto, CP = commercial property, GL = general liability';
COMMENT ON COLUMN policy.pol_stat IS 'A = active (in force), E = expired at end of term, C = cancelled, L = lapsed for non-payment';
COMMENT ON COLUMN policy.cncl_dt IS 'date coverage ended before exp_dt (cancellation or lapse); NULL otherwise';

INSERT INTO policy (pol_no, insd_id, prod_id, lob_cd, eff_dt, exp_dt, pol_stat, cncl_dt, bound_ts)
WITH b AS (
    SELECT g,
           1 + (g * 7) % 55 AS insd_id,                    -- insureds 56-60 are prospects with no policy
           CASE WHEN g % 9 = 0 THEN NULL ELSE 1 + (g * 5) % 11 END AS prod_id,
           date '2023-01-01' + (g * 29) % 1050 AS eff_dt
    FROM generate_series(1, 90) AS g
), j AS (
    SELECT b.*,
           CASE WHEN i.insd_type = 'B' THEN CASE WHEN g % 3 = 0 THEN 'GL' ELSE 'CP' END
                ELSE CASE WHEN g % 2 = 0 THEN 'HO' ELSE 'PA' END END AS lob_cd
    FROM b JOIN insured i ON i.insd_id = b.insd_id
), t AS (
    SELECT j.*,
           (eff_dt + CASE WHEN lob_cd = 'PA' AND g % 4 = 1 THEN interval '6 months' ELSE interval '12 months' END)::date AS exp_dt,
           CASE WHEN g % 11 = 0 THEN eff_dt + 30 + (g * 7) % 150
                WHEN g % 7 = 0 THEN (eff_dt + interval '3 months' + interval '31 days')::date END AS early_end
    FROM j
)
SELECT lob_cd || '-' || to_char(eff_dt, 'YY') || lpad(g::text, 5, '0'),
       insd_id, prod_id, lob_cd, eff_dt, exp_dt,
       CASE WHEN early_end IS NOT NULL AND early_end <= date '2025-11-30' AND early_end < exp_dt
                 THEN CASE WHEN g % 11 = 0 THEN 'C' ELSE 'L' END
            WHEN exp_dt <= date '2025-11-30' THEN 'E'
            ELSE 'A' END,
       CASE WHEN early_end IS NOT NULL AND early_end <= date '2025-11-30' AND early_end < exp_dt THEN early_end END,
       ((eff_dt - 3 - g % 12) + time '09:00' + ((g * 41) % 480) * interval '1 minute') AT TIME ZONE 'UTC'
FROM t;

-- ---------------------------------------------------------------- pol_cov (coverages on a policy)
CREATE TABLE pol_cov (
    cov_id      integer PRIMARY KEY,
    pol_no      varchar(12) NOT NULL REFERENCES policy (pol_no),
    cov_cd      varchar(4) NOT NULL,
    limit_amt   numeric(12,2),
    ded_amt     numeric(10,2),
    prem_amt    numeric(10,2) NOT NULL
);
COMMENT ON COLUMN pol_cov.limit_amt IS 'limit of insurance, USD; NULL = actual cash value';
COMMENT ON COLUMN pol_cov.ded_amt IS 'deductible, USD; NULL = no deductible';
COMMENT ON COLUMN pol_cov.prem_amt IS 'written premium for the policy term, USD (0 = included at no charge)';

INSERT INTO pol_cov (cov_id, pol_no, cov_cd, limit_amt, ded_amt, prem_amt)
WITH tpl (lob_cd, seq, cov_cd, lim, ded, prem) AS (VALUES
    ('HO', 1, 'DWEL',  250000, 1000,  780), ('HO', 2, 'PPTY',  125000, 1000,  210),
    ('HO', 3, 'LIAB',  300000, NULL,   45), ('HO', 4, 'MEDP',    5000, NULL,    0),
    ('PA', 1, 'BI',    100000, NULL,  420), ('PA', 2, 'PD',      50000, NULL,  260),
    ('PA', 3, 'COLL',    NULL,  500,  380), ('PA', 4, 'COMP',     NULL,  250,  140),
    ('CP', 1, 'BLDG', 1200000, 5000, 3900), ('CP', 2, 'BPP',    400000, 2500, 1250),
    ('CP', 3, 'BINC',  250000, NULL,  600),
    ('GL', 1, 'GLOC', 1000000, NULL, 2800), ('GL', 2, 'PRCO', 2000000, NULL,  900)
), p AS (
    SELECT pol_no, substr(pol_no, 6)::int AS g, lob_cd, (exp_dt - eff_dt) < 200 AS half_term FROM policy
)
SELECT row_number() OVER (ORDER BY p.g, tpl.seq), p.pol_no, tpl.cov_cd,
       CASE WHEN tpl.lim IS NULL THEN NULL
            WHEN tpl.cov_cd IN ('LIAB', 'MEDP', 'BI', 'PD', 'GLOC', 'PRCO') THEN tpl.lim
            ELSE round(tpl.lim * (1 + (p.g % 5) * 0.15) / 1000) * 1000 END,
       CASE WHEN tpl.ded IS NULL THEN NULL WHEN p.g % 3 = 0 THEN tpl.ded * 2.5 ELSE tpl.ded END,
       CASE WHEN tpl.prem = 0 THEN 0
            ELSE round((tpl.prem * (1 + (p.g % 5) * 0.15) + (p.g % 7) * 0.37) * CASE WHEN p.half_term THEN 0.5 ELSE 1 END, 2) END
FROM p JOIN tpl ON tpl.lob_cd = p.lob_cd
WHERE NOT (p.lob_cd = 'PA' AND p.g % 5 = 0 AND tpl.cov_cd IN ('COLL', 'COMP'))     -- liability-only auto
  AND NOT (p.lob_cd = 'GL' AND p.g % 2 = 1 AND tpl.cov_cd = 'PRCO');

-- ---------------------------------------------------------------- prem_bill (premium installments billed)
CREATE TABLE prem_bill (
    bill_id     integer PRIMARY KEY,
    pol_no      varchar(12) NOT NULL REFERENCES policy (pol_no),
    inst_no     smallint NOT NULL,
    bill_dt     date NOT NULL,
    due_dt      date NOT NULL,
    billed_amt  numeric(10,2) NOT NULL,
    paid_dt     date,
    paid_amt    numeric(10,2) NOT NULL DEFAULT 0
);
COMMENT ON COLUMN prem_bill.paid_dt IS 'NULL = installment not paid';

INSERT INTO prem_bill (bill_id, pol_no, inst_no, bill_dt, due_dt, billed_amt, paid_dt, paid_amt)
WITH p AS (
    SELECT pl.pol_no, substr(pl.pol_no, 6)::int AS g, pl.eff_dt, pl.exp_dt, pl.pol_stat, pl.cncl_dt,
           CASE WHEN pl.exp_dt - pl.eff_dt < 200 THEN 2 ELSE 4 END AS n_inst,
           (SELECT sum(c.prem_amt) FROM pol_cov c WHERE c.pol_no = pl.pol_no) AS term_prem
    FROM policy pl
), i AS (
    SELECT p.*, k,
           (p.eff_dt + (k - 1) * interval '3 months')::date AS due_dt
    FROM p CROSS JOIN LATERAL generate_series(1, p.n_inst) AS k
), f AS (
    SELECT i.*,
           due_dt - 20 AS bill_dt,
           CASE WHEN pol_stat = 'L' AND k >= 2 THEN NULL
                WHEN due_dt - 10 + (g * 3 + k * 7) % 19 > date '2025-11-30' THEN NULL
                ELSE due_dt - 10 + (g * 3 + k * 7) % 19 END AS paid_dt
    FROM i
    WHERE due_dt - 20 <= date '2025-11-30'
      AND (cncl_dt IS NULL OR due_dt < cncl_dt)
)
SELECT row_number() OVER (ORDER BY g, k), pol_no, k, bill_dt, due_dt,
       round(term_prem / n_inst, 2), paid_dt,
       CASE WHEN paid_dt IS NULL THEN 0 ELSE round(term_prem / n_inst, 2) END
FROM f;

-- ---------------------------------------------------------------- claim
CREATE TABLE claim (
    clm_id       integer PRIMARY KEY,
    clm_no       varchar(12) NOT NULL UNIQUE,
    pol_no       varchar(12) NOT NULL REFERENCES policy (pol_no),
    cov_id       integer NOT NULL REFERENCES pol_cov (cov_id),
    loss_dt      date NOT NULL,
    rptd_ts      timestamptz NOT NULL,
    cause_cd     varchar(4) NOT NULL,
    clm_status   char(1) NOT NULL,
    closed_dt    date,
    adj_id       integer,
    reserve_amt  numeric(12,2) NOT NULL DEFAULT 0,
    litig_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN claim.rptd_ts IS 'when the loss was reported to us (first notice of loss)';
COMMENT ON COLUMN claim.clm_status IS 'O = open, C = closed, R = reopened';
COMMENT ON COLUMN claim.closed_dt IS 'date the claim was (last) closed; NULL while open or reopened';
COMMENT ON COLUMN claim.reserve_amt IS 'outstanding reserve, USD; 0 once closed';
COMMENT ON COLUMN claim.litig_flg IS 'true = suit filed / in litigation';

INSERT INTO claim (clm_id, clm_no, pol_no, cov_id, loss_dt, rptd_ts, cause_cd, clm_status, closed_dt, adj_id, reserve_amt, litig_flg)
WITH p AS (
    SELECT pol_no, substr(pol_no, 6)::int AS g, lob_cd, eff_dt,
           least(exp_dt, coalesce(cncl_dt, exp_dt), date '2025-11-20') - eff_dt AS span
    FROM policy
), c0 AS (
    SELECT k, p.*, p.eff_dt + (k * 37) % p.span AS loss_dt
    FROM generate_series(1, 72) AS k
    JOIN p ON p.g = 1 + ((CASE WHEN k > 60 THEN k - 60 ELSE k END) * 23) % 90
    WHERE p.span > 15
), c1 AS (
    SELECT c0.*, cv.cov_id, cv.cov_cd,
           ((loss_dt + k % 9) + time '08:00' + ((k * 47) % 600) * interval '1 minute') AT TIME ZONE 'UTC' AS rptd_ts
    FROM c0
    CROSS JOIN LATERAL (SELECT c.cov_id, c.cov_cd FROM pol_cov c WHERE c.pol_no = c0.pol_no
                        ORDER BY (c.cov_id * 3 + k) % 5, c.cov_id LIMIT 1) AS cv
), c2 AS (
    SELECT c1.*,
           CASE WHEN rptd_ts >= timestamptz '2025-10-15 00:00:00+00' THEN 'O'
                WHEN k % 7 = 0 THEN 'O'
                WHEN k % 16 = 5 THEN 'R'
                WHEN (rptd_ts AT TIME ZONE 'UTC')::date + 12 + (k * 29) % 160 > date '2025-11-30' THEN 'O'
                ELSE 'C' END AS clm_status
    FROM c1
)
SELECT row_number() OVER (ORDER BY rptd_ts, k),
       'CL' || to_char(rptd_ts AT TIME ZONE 'UTC', 'YY') || '-' || lpad((row_number() OVER (ORDER BY rptd_ts, k))::text, 5, '0'),
       pol_no, cov_id, loss_dt, rptd_ts,
       CASE cov_cd
            WHEN 'DWEL' THEN (ARRAY['WATR','FIRE','WIND','HAIL'])[1 + k % 4]
            WHEN 'PPTY' THEN (ARRAY['THFT','WATR','FIRE'])[1 + k % 3]
            WHEN 'LIAB' THEN (ARRAY['SLIP','DOGB'])[1 + k % 2]
            WHEN 'MEDP' THEN 'SLIP'
            WHEN 'COMP' THEN (ARRAY['GLAS','THFT','HAIL','ANML'])[1 + k % 4]
            WHEN 'BLDG' THEN (ARRAY['FIRE','WATR','WIND'])[1 + k % 3]
            WHEN 'BPP'  THEN (ARRAY['THFT','WATR'])[1 + k % 2]
            WHEN 'BINC' THEN 'FIRE'
            WHEN 'GLOC' THEN (ARRAY['SLIP','PRDL'])[1 + k % 2]
            WHEN 'PRCO' THEN 'PRDL'
            ELSE 'COLL' END,
       clm_status,
       CASE WHEN clm_status = 'C' THEN (rptd_ts AT TIME ZONE 'UTC')::date + 12 + (k * 29) % 160 END,
       CASE WHEN rptd_ts >= timestamptz '2025-11-20 00:00:00+00' THEN NULL                 -- not assigned yet
            WHEN cov_cd IN ('LIAB', 'MEDP', 'BI', 'GLOC', 'PRCO') THEN (ARRAY[6, 9])[1 + k % 2]
            WHEN lob_cd = 'PA' THEN (ARRAY[4, 5, 8])[1 + k % 3]
            WHEN k % 4 = 3 AND rptd_ts < timestamptz '2024-07-01 00:00:00+00' THEN 7
            ELSE (ARRAY[1, 2, 3])[1 + k % 3] END,
       CASE WHEN clm_status = 'C' THEN 0 ELSE 1500 + (k * 733) % 25000 END,
       (cov_cd IN ('LIAB', 'BI', 'GLOC', 'PRCO') AND k % 3 = 0) OR k % 19 = 0
FROM c2;

-- ---------------------------------------------------------------- clm_pmt (claim payments)
CREATE TABLE clm_pmt (
    pmt_id     integer PRIMARY KEY,
    clm_id     integer NOT NULL REFERENCES claim (clm_id),
    pmt_dt     date NOT NULL,
    pay_typ    char(3) NOT NULL,
    pmt_amt    numeric(12,2) NOT NULL,
    payee_nm   text NOT NULL,
    chk_no     varchar(10),
    void_flg   boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN clm_pmt.chk_no IS 'check number; NULL = paid by EFT';
COMMENT ON COLUMN clm_pmt.void_flg IS 'true = payment voided / stopped, the money never went out';

INSERT INTO clm_pmt (pmt_id, clm_id, pmt_dt, pay_typ, pmt_amt, payee_nm, chk_no, void_flg)
WITH c AS (
    SELECT cl.clm_id, cl.rptd_ts, cl.closed_dt, p.lob_cd, i.insd_nm,
           CASE WHEN cl.clm_status = 'C' AND cl.clm_id % 9 = 4 THEN 0          -- closed without payment (denied)
                WHEN cl.rptd_ts >= timestamptz '2025-11-10 00:00:00+00' THEN 0
                ELSE 1 + cl.clm_id % 3 END AS n_pay
    FROM claim cl
    JOIN policy p ON p.pol_no = cl.pol_no
    JOIN insured i ON i.insd_id = p.insd_id
), x AS (
    SELECT c.*, j,
           (c.rptd_ts AT TIME ZONE 'UTC')::date + 5 + j * (9 + c.clm_id % 11) AS pmt_dt
    FROM c CROSS JOIN LATERAL generate_series(1, c.n_pay) AS j
), y AS (
    SELECT x.*, row_number() OVER (ORDER BY pmt_dt, clm_id, j) AS rn
    FROM x
    WHERE pmt_dt <= coalesce(closed_dt, date '2025-11-30')
)
SELECT rn, clm_id, pmt_dt,
       (ARRAY['IND', 'EXP', 'IND'])[j],
       CASE WHEN j = 2 THEN 150 + (clm_id * 97) % 1200 + 0.5 * (clm_id % 2)
            ELSE round((400 + (clm_id * 1237 + j * 311) % 18000 + (clm_id % 100) / 100.0)
                       * CASE lob_cd WHEN 'CP' THEN 3 WHEN 'GL' THEN 4 ELSE 1 END, 2) END,
       CASE WHEN j = 2 THEN (ARRAY['Crawford & Company', 'Sedgwick', 'Engle Martin & Associates'])[1 + clm_id % 3]
            ELSE insd_nm END,
       CASE WHEN rn % 3 = 0 THEN NULL ELSE (100000 + rn)::text END,
       rn % 13 = 0
FROM y;

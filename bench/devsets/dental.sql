-- Made-up schema: a group of dental practices (practices, clinicians, patients, dental insurers,
-- procedure catalogue, appointments, treatment plans, treatment items performed, invoices,
-- payments, recall reminders). Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2025-11-30 (appointments after it are still only booked).
-- Links WITHOUT a declared foreign key:
--   tx_item.plan_id -> tx_plan.plan_id, tx_item.proc_cd -> proc_cat.proc_cd, recall.pt_id -> pt.pt_id.
-- Re-runnable: tables are dropped children first.

SET TIME ZONE 'UTC';

DROP TABLE IF EXISTS recall;
DROP TABLE IF EXISTS pmt;
DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS tx_item;
DROP TABLE IF EXISTS tx_plan;
DROP TABLE IF EXISTS appt;
DROP TABLE IF EXISTS proc_cat;
DROP TABLE IF EXISTS pt;
DROP TABLE IF EXISTS insr;
DROP TABLE IF EXISTS clin;
DROP TABLE IF EXISTS prac;

-- ---------------------------------------------------------------- prac (practices / surgeries)
CREATE TABLE prac (
    prac_id     smallint PRIMARY KEY,
    prac_nm     text NOT NULL,
    town        text NOT NULL,
    pcode       varchar(8) NOT NULL,
    nhs_ctr_flg boolean NOT NULL DEFAULT false,
    n_chairs    smallint NOT NULL,
    opened_dt   date
);
COMMENT ON TABLE prac IS 'Dental practices (surgeries) in the group';
COMMENT ON COLUMN prac.nhs_ctr_flg IS 'true = practice holds an NHS contract (sees NHS patients as well as private)';
COMMENT ON COLUMN prac.n_chairs IS 'number of surgery chairs';

INSERT INTO prac (prac_id, prac_nm, town, pcode, nhs_ctr_flg, n_chairs, opened_dt) VALUES
    (1, 'Harbourside Dental',         'Bristol',    'BS1 5TY',  true,  6, '2009-04-01'),
    (2, 'Clifton Smile Studio',       'Bristol',    'BS8 2PL',  false, 4, '2014-09-15'),
    (3, 'Castle Street Dental',       'Bath',       'BA1 1QX',  true,  5, '2011-01-10'),
    (4, 'Riverside Dental Care',      'Exeter',     'EX4 3LR',  true,  5, '2016-06-01'),
    (5, 'Kingsmead Dental',           'Cheltenham', 'GL50 1DE', false, 3, '2019-03-04'),
    (6, 'Northgate Family Dentistry', 'Gloucester', 'GL1 2NW',  true,  4, '2021-11-22');

-- ---------------------------------------------------------------- clin (dentists, hygienists, therapists)
CREATE TABLE clin (
    clin_id   integer PRIMARY KEY,
    prac_id   smallint NOT NULL REFERENCES prac (prac_id),
    fname     text NOT NULL,
    sname     text NOT NULL,
    role_cd   char(1) NOT NULL,
    gdc_no    varchar(7) NOT NULL,
    hrs_wk    smallint NOT NULL,
    start_dt  date NOT NULL,
    left_dt   date
);
COMMENT ON TABLE clin IS 'Clinical staff';
COMMENT ON COLUMN clin.role_cd IS 'D = dentist, H = hygienist, T = dental therapist';
COMMENT ON COLUMN clin.gdc_no IS 'General Dental Council registration number';
COMMENT ON COLUMN clin.hrs_wk IS 'contracted clinical hours per week';
COMMENT ON COLUMN clin.left_dt IS 'last working day; NULL = still works here';

INSERT INTO clin (clin_id, prac_id, fname, sname, role_cd, gdc_no, hrs_wk, start_dt, left_dt)
SELECT g,
       1 + (g - 1) / 5,
       (ARRAY['Sarah','James','Priya','Tom','Aisha','Oliver','Hannah','Raj','Emily','Marek',
              'Grace','Daniel','Zara','Liam','Sophie','Arjun','Megan','Chen','Ruth','Kwame'])[1 + (g * 7) % 20],
       (ARRAY['Patel','Jones','Williams','Okafor','Hughes','Kowalski','Evans','Shah','Taylor','Murphy',
              'Davies','Ahmed','Roberts','Nowak','Clarke','Singh','Walsh'])[1 + (g * 5) % 17],
       CASE (g - 1) % 5 WHEN 3 THEN 'H' WHEN 4 THEN 'T' ELSE 'D' END,
       lpad((60000 + g * 1373)::text, 6, '0'),
       CASE WHEN g % 4 = 0 THEN 22 + g % 3 * 4 ELSE 37 END,
       date '2012-02-01' + (g * 211) % 4000,
       NULL
FROM generate_series(1, 30) AS g;

INSERT INTO clin (clin_id, prac_id, fname, sname, role_cd, gdc_no, hrs_wk, start_dt, left_dt) VALUES
    (31, 2, 'Freya',  'Lindqvist', 'D', '271845', 37, '2025-11-17', NULL),
    (32, 5, 'Tariq',  'Hussain',   'H', '274410', 30, '2025-11-24', NULL),
    (33, 3, 'Graham', 'Pollard',   'D', '081552', 37, '2008-05-06', '2023-12-22');

-- ---------------------------------------------------------------- insr (dental insurers / plans)
CREATE TABLE insr (
    ins_id      smallint PRIMARY KEY,
    ins_nm      text NOT NULL,
    cover_pct   smallint NOT NULL,
    claims_eml  text
);
COMMENT ON COLUMN insr.cover_pct IS 'percentage of each invoice the insurer pays; the patient pays the rest';

INSERT INTO insr (ins_id, ins_nm, cover_pct, claims_eml) VALUES
    (1, 'Denplan Care',        80, 'claims@denplan.example'),
    (2, 'Bupa Dental Cover',   70, 'dental.claims@bupa.example'),
    (3, 'Simplyhealth Dental', 60, NULL),
    (4, 'AXA Dental Plus',     75, 'dentalclaims@axa.example'),
    (5, 'Vitality Smile',      50, NULL);

-- ---------------------------------------------------------------- pt (patients)
CREATE TABLE pt (
    pt_id       integer PRIMARY KEY,
    prac_id     smallint NOT NULL REFERENCES prac (prac_id),
    fname       text NOT NULL,
    sname       text NOT NULL,
    dob         date NOT NULL,
    sex_cd      char(1) NOT NULL,
    pcode       varchar(8),
    email       text,
    mob_no      varchar(13),
    pay_cat_cd  char(1) NOT NULL,
    ins_id      smallint REFERENCES insr (ins_id),
    reg_dt      date NOT NULL
);
COMMENT ON COLUMN pt.prac_id IS 'practice the patient is registered with';
COMMENT ON COLUMN pt.sex_cd IS 'F = female, M = male, U = not stated';
COMMENT ON COLUMN pt.pay_cat_cd IS 'P = private, N = NHS fee-paying, E = NHS exempt (no charge)';
COMMENT ON COLUMN pt.ins_id IS 'dental insurance plan; NULL = not insured';
COMMENT ON COLUMN pt.reg_dt IS 'date registered with the practice';

INSERT INTO pt (pt_id, prac_id, fname, sname, dob, sex_cd, pcode, email, mob_no, pay_cat_cd, ins_id, reg_dt)
SELECT g, 1 + g % 6, fn, sn,
       date '1938-03-01' + (g * 4271) % 29200,
       CASE WHEN g % 23 = 0 THEN 'U' WHEN g % 2 = 0 THEN 'F' ELSE 'M' END,
       CASE WHEN g % 40 = 0 THEN NULL
            ELSE (ARRAY['BS1','BS8','BA1','EX4','GL50','GL1'])[1 + g % 6] || ' ' || (1 + g % 9)::text
                 || chr(65 + (g * 3) % 26) || chr(65 + (g * 7) % 26) END,
       CASE WHEN g % 6 = 0 THEN NULL ELSE lower(fn || '.' || sn || g || '@mail.example') END,
       CASE WHEN g % 9 = 0 THEN NULL ELSE '07700 9' || lpad(((g * 389) % 100000)::text, 5, '0') END,
       pay_cat,
       CASE WHEN pay_cat = 'P' AND (g / 6) % 3 = 0 THEN 1 + (g / 18) % 5 END,
       CASE WHEN g <= 1150 THEN date '2014-01-06' + (g * 7) % 3640
            ELSE date '2025-09-01' + (g - 1150) END
FROM (
    SELECT g,
           (ARRAY['Amelia','George','Isla','Harry','Ava','Jack','Mia','Noah','Ella','Leo','Freya','Oscar',
                  'Evie','Alfie','Lily','Arthur','Ruby','Mohammed','Sofia','Charlie','Ivy','Jacob','Maya','Theo'])[1 + g % 24] AS fn,
           (ARRAY['Smith','Jones','Brown','Wilson','Johnson','Walker','Wright','Thompson','Robinson','White',
                  'Edwards','Green','Hall','Wood','Harris','Lewis','Martin','Jackson','Clarke','Khan','Begum',
                  'Price','Bennett','Cooper','Fisher'])[1 + (g * 7) % 25] AS sn,
           CASE WHEN 1 + g % 6 IN (2, 5) THEN 'P'                -- private-only practices
                WHEN (g / 6) % 10 = 0 THEN 'E'
                WHEN (g / 6) % 10 IN (1, 2, 3, 4) THEN 'N'
                ELSE 'P' END AS pay_cat
    FROM generate_series(1, 1200) AS g
) t;

-- ---------------------------------------------------------------- proc_cat (procedure catalogue)
CREATE TABLE proc_cat (
    proc_cd     varchar(6) PRIMARY KEY,
    proc_desc   text NOT NULL,
    cat_cd      char(2) NOT NULL,
    std_fee_gbp numeric(8,2) NOT NULL,
    dur_min     smallint NOT NULL,
    nhs_band    smallint
);
COMMENT ON COLUMN proc_cat.cat_cd IS 'DG = diagnostic, PV = preventive, RS = restorative, EN = endodontic (root canal), OS = oral surgery / extractions, PR = prosthetic (crowns, bridges, dentures), CO = cosmetic, EM = emergency';
COMMENT ON COLUMN proc_cat.std_fee_gbp IS 'standard private fee, GBP';
COMMENT ON COLUMN proc_cat.dur_min IS 'typical chair time, minutes';
COMMENT ON COLUMN proc_cat.nhs_band IS 'NHS charge band 1-3; NULL = private only';

INSERT INTO proc_cat (proc_cd, proc_desc, cat_cd, std_fee_gbp, dur_min, nhs_band) VALUES
    ('EX01',  'Routine examination',                    'DG',   45.00, 20, 1),
    ('EX02',  'Comprehensive examination',              'DG',   75.00, 30, 1),
    ('RAD1',  'Periapical radiograph',                  'DG',   18.00,  5, 1),
    ('RAD2',  'Bitewing radiographs (pair)',            'DG',   30.00, 10, 1),
    ('RV01',  'Post-treatment review (no charge)',      'DG',    0.00, 10, NULL),
    ('HYG1',  'Scale and polish',                       'PV',   65.00, 30, 1),
    ('HYG2',  'Periodontal deep clean',                 'PV',   95.00, 45, 2),
    ('FLU1',  'Fluoride varnish',                       'PV',   20.00,  5, 1),
    ('FS01',  'Fissure sealant (per tooth)',            'PV',   28.00, 10, 2),
    ('COMP1', 'Composite filling, one surface',         'RS',  110.00, 30, 2),
    ('COMP2', 'Composite filling, two or more surfaces','RS',  155.00, 45, 2),
    ('AMAL1', 'Amalgam filling',                        'RS',   85.00, 30, 2),
    ('RCT1',  'Root canal treatment, front tooth',      'EN',  395.00, 60, 2),
    ('RCT3',  'Root canal treatment, molar',            'EN',  650.00, 90, 2),
    ('EXT1',  'Simple extraction',                      'OS',  120.00, 30, 2),
    ('EXT2',  'Surgical extraction',                    'OS',  260.00, 60, 2),
    ('IMP1',  'Single implant',                         'OS', 2450.00, 90, NULL),
    ('CRN1',  'Porcelain-bonded crown',                 'PR',  575.00, 60, 3),
    ('CRN2',  'Zirconia crown',                         'PR',  720.00, 60, NULL),
    ('BRG1',  'Bridge (per unit)',                      'PR',  650.00, 60, 3),
    ('DEN1',  'Partial acrylic denture',                'PR',  480.00, 45, 3),
    ('WHT1',  'Tooth whitening (home kit)',             'CO',  350.00, 30, NULL),
    ('VEN1',  'Porcelain veneer',                       'CO',  690.00, 60, NULL),
    ('EMG1',  'Emergency examination',                  'EM',   60.00, 20, 1),
    ('TMP1',  'Temporary dressing',                     'EM',   45.00, 15, 1);

-- ---------------------------------------------------------------- appt (appointments)
CREATE TABLE appt (
    appt_id     integer PRIMARY KEY,
    pt_id       integer NOT NULL REFERENCES pt (pt_id),
    clin_id     integer NOT NULL REFERENCES clin (clin_id),
    prac_id     smallint NOT NULL REFERENCES prac (prac_id),
    appt_typ_cd char(2) NOT NULL,
    stat_cd     char(1) NOT NULL,
    src_cd      char(1) NOT NULL,
    booked_at   timestamptz NOT NULL,
    start_at    timestamptz NOT NULL,
    end_at      timestamptz NOT NULL,
    arrived_at  timestamptz,
    cncl_at     timestamptz
);
COMMENT ON COLUMN appt.appt_typ_cd IS 'EX = check-up examination, HY = hygiene visit, TX = treatment, EM = emergency';
COMMENT ON COLUMN appt.stat_cd IS 'B = booked (still to come), A = attended, C = cancelled by patient, P = cancelled by practice, N = did not attend (no-show)';
COMMENT ON COLUMN appt.src_cd IS 'how it was booked: O = online, P = phone, R = at reception, W = walk-in';
COMMENT ON COLUMN appt.booked_at IS 'when the booking was made';
COMMENT ON COLUMN appt.start_at IS 'scheduled start of the slot';
COMMENT ON COLUMN appt.end_at IS 'scheduled end of the slot';
COMMENT ON COLUMN appt.arrived_at IS 'when the patient checked in; NULL = has not arrived (cancelled, no-show or still to come)';
COMMENT ON COLUMN appt.cncl_at IS 'when the appointment was cancelled; NULL = not cancelled';

INSERT INTO appt (appt_id, pt_id, clin_id, prac_id, appt_typ_cd, stat_cd, src_cd, booked_at, start_at, end_at, arrived_at, cncl_at)
WITH b AS (
    SELECT g, 1 + (g * 37) % 1150 AS pt_id, (g + g / 10) % 10 AS r, date '2024-01-02' + (g - 1) / 6 AS d0
    FROM generate_series(1, 4380) AS g
), c AS (
    SELECT b.*,
           CASE WHEN extract(dow FROM d0) = 0 THEN d0 + 1 ELSE d0 END AS d,
           1 + pt_id % 6 AS prac_id
    FROM b
), t AS (
    SELECT c.*,
           (prac_id - 1) * 5 + CASE WHEN r IN (0, 1) THEN 4 WHEN r = 2 THEN 5 ELSE 1 + (g / 10) % 3 END AS clin_id,
           CASE WHEN r IN (0, 1) THEN 'HY'
                WHEN r = 2 THEN CASE WHEN g % 4 < 2 THEN 'TX' ELSE 'HY' END
                WHEN r IN (3, 4, 5) THEN 'EX'
                WHEN r IN (6, 7, 8) THEN 'TX'
                WHEN d <= date '2025-11-30' THEN 'EM'
                ELSE 'EX' END AS typ,
           (d + time '08:00' + ((g * 7) % 36) * interval '15 minutes')::timestamptz AS start_at
    FROM c
), u AS (
    SELECT t.*,
           CASE typ WHEN 'HY' THEN 30 + 15 * (g % 2) WHEN 'EX' THEN 20 WHEN 'EM' THEN 20
                    ELSE 30 + 15 * (g % 4) END AS dur,
           CASE WHEN typ = 'EM' THEN interval '90 minutes' + (g % 4) * interval '30 minutes'
                ELSE ((g * 13) % 60 + 1) * interval '1 day' + ((g * 5) % 8) * interval '1 hour' END AS lead
    FROM t
), v AS (
    SELECT u.*,
           least(start_at - lead, timestamptz '2025-11-29 09:00:00+00' + (g % 50) * interval '7 minutes') AS booked_at,
           CASE WHEN start_at > timestamptz '2025-11-30 23:59:59+00'
                     THEN CASE WHEN g % 11 = 0 THEN 'C' ELSE 'B' END
                WHEN typ = 'EM' THEN CASE WHEN g % 17 = 0 THEN 'N' ELSE 'A' END
                WHEN g % 11 = 0 THEN 'C'
                WHEN g % 31 = 0 THEN 'P'
                WHEN g % 17 = 0 OR (pt_id % 41 = 0 AND g % 3 = 0) THEN 'N'
                ELSE 'A' END AS stat
    FROM u
)
SELECT g, pt_id, clin_id, prac_id, typ, stat,
       CASE WHEN typ = 'EM' THEN CASE WHEN g % 3 = 0 THEN 'W' ELSE 'P' END
            ELSE (ARRAY['O','P','R','P','O'])[1 + (g / 3) % 5] END,
       booked_at, start_at, start_at + dur * interval '1 minute',
       CASE WHEN stat = 'A' THEN start_at + ((g % 15) - 10) * interval '1 minute' END,
       CASE WHEN stat = 'C' AND g % 3 = 0 AND start_at <= timestamptz '2025-11-30 18:00:00+00'
                 AND start_at - (2 + g % 20) * interval '1 hour' > booked_at
            THEN start_at - (2 + g % 20) * interval '1 hour'          -- late cancellation, same or previous day
            WHEN stat IN ('C', 'P')
            THEN booked_at + (least(start_at, timestamptz '2025-11-30 18:00:00+00') - booked_at) * (0.3 + (g % 5) * 0.1) END
FROM v;

-- ---------------------------------------------------------------- tx_plan (treatment plans)
CREATE TABLE tx_plan (
    plan_id        integer PRIMARY KEY,
    pt_id          integer NOT NULL REFERENCES pt (pt_id),
    clin_id        integer NOT NULL REFERENCES clin (clin_id),
    plan_stat_cd   char(1) NOT NULL,
    created_dt     date NOT NULL,
    accepted_dt    date,
    completed_dt   date,
    est_total_gbp  numeric(9,2) NOT NULL
);
COMMENT ON COLUMN tx_plan.clin_id IS 'dentist who wrote the plan';
COMMENT ON COLUMN tx_plan.plan_stat_cd IS 'P = proposed, awaiting the patient''s decision; A = accepted, in progress; C = completed; X = declined by the patient';
COMMENT ON COLUMN tx_plan.accepted_dt IS 'date the patient accepted the plan; NULL = not accepted (yet)';
COMMENT ON COLUMN tx_plan.completed_dt IS 'date the last item of the plan was done; NULL = not completed yet';
COMMENT ON COLUMN tx_plan.est_total_gbp IS 'estimated cost quoted to the patient, GBP';

INSERT INTO tx_plan (plan_id, pt_id, clin_id, plan_stat_cd, created_dt, accepted_dt, completed_dt, est_total_gbp)
WITH b AS (
    SELECT g, 1 + (g * 53) % 1150 AS pt_id, date '2024-01-08' + (g * 97) % 690 AS created_dt
    FROM generate_series(1, 700) AS g
), c AS (
    SELECT b.*,
           CASE WHEN g % 7 = 0 OR g % 11 = 0 OR created_dt + g % 20 > date '2025-11-30' THEN NULL
                ELSE created_dt + g % 20 END AS accepted_dt
    FROM b
), d AS (
    SELECT c.*,
           CASE WHEN accepted_dt IS NOT NULL AND g % 4 <> 0
                     AND accepted_dt + 30 + (g * 7) % 120 <= date '2025-11-30'
                THEN accepted_dt + 30 + (g * 7) % 120 END AS completed_dt
    FROM c
)
SELECT g, pt_id,
       ((pt_id % 6)) * 5 + 1 + g % 3,
       CASE WHEN g % 7 = 0 THEN 'X' WHEN accepted_dt IS NULL THEN 'P'
            WHEN completed_dt IS NULL THEN 'A' ELSE 'C' END,
       created_dt, accepted_dt, completed_dt,
       150 + (g * 37) % 2400 + (g % 4) * 0.25
FROM d;

-- ---------------------------------------------------------------- tx_item (treatment items performed)
CREATE TABLE tx_item (
    item_id   integer PRIMARY KEY,
    appt_id   integer NOT NULL REFERENCES appt (appt_id),
    plan_id   integer,
    proc_cd   varchar(6) NOT NULL,
    tooth_no  smallint,
    fee_gbp   numeric(8,2) NOT NULL
);
COMMENT ON TABLE tx_item IS 'Procedures carried out at attended appointments';
COMMENT ON COLUMN tx_item.plan_id IS 'treatment plan (tx_plan.plan_id) the item belongs to; NULL = not part of a plan';
COMMENT ON COLUMN tx_item.proc_cd IS 'procedure code (proc_cat.proc_cd)';
COMMENT ON COLUMN tx_item.tooth_no IS 'FDI tooth number (11-48); NULL = not tooth-specific';
COMMENT ON COLUMN tx_item.fee_gbp IS 'fee charged, GBP; 0 for exempt patients; may be below the catalogue fee (discounts)';

INSERT INTO tx_item (item_id, appt_id, plan_id, proc_cd, tooth_no, fee_gbp)
WITH a AS (
    SELECT a.appt_id AS g, a.pt_id, a.clin_id, a.appt_typ_cd AS typ, a.start_at, a.end_at, p.pay_cat_cd
    FROM appt a JOIN pt p ON p.pt_id = a.pt_id
    WHERE a.stat_cd = 'A'
), l AS (
    SELECT a.*, k,
           CASE typ
                WHEN 'EX' THEN CASE k WHEN 1 THEN CASE WHEN g % 7 = 0 THEN 'EX02' ELSE 'EX01' END
                                      ELSE CASE WHEN g % 4 = 0 THEN 'RAD1' ELSE 'RAD2' END END
                WHEN 'HY' THEN CASE k WHEN 1 THEN CASE WHEN end_at - start_at > interval '30 minutes' THEN 'HYG2' ELSE 'HYG1' END
                                      ELSE 'FLU1' END
                WHEN 'EM' THEN CASE k WHEN 1 THEN 'EMG1' WHEN 2 THEN 'TMP1' ELSE 'EXT1' END
                ELSE CASE WHEN k = 3 THEN 'RV01'
                          WHEN (clin_id - 1) % 5 = 4 THEN (ARRAY['COMP1','AMAL1','COMP2','FS01'])[1 + (g / 10 + k) % 4]
                          ELSE (ARRAY['COMP1','COMP2','AMAL1','COMP1','RCT1','RCT3','EXT1','CRN1',
                                      'COMP2','EXT2','CRN2','BRG1','DEN1','IMP1','WHT1','VEN1'])[1 + ((g / 2) * 7 + k * 5) % 16] END
           END AS proc_cd
    FROM a CROSS JOIN LATERAL generate_series(1, 3) AS k
    WHERE k = 1
       OR (typ = 'EX' AND k = 2 AND g % 3 = 0)
       OR (typ = 'HY' AND k = 2 AND g % 5 = 0)
       OR (typ = 'EM' AND ((k = 2 AND (g / 2) % 2 = 0) OR (k = 3 AND g % 3 = 0)))
       OR (typ = 'TX' AND ((k = 2 AND (g / 2) % 2 = 0) OR (k = 3 AND g % 13 = 0)))
)
SELECT row_number() OVER (ORDER BY l.g, l.k),
       l.g,
       CASE WHEN l.typ = 'TX' AND l.proc_cd <> 'RV01' THEN
            (SELECT tp.plan_id FROM tx_plan tp
             WHERE tp.pt_id = l.pt_id AND tp.accepted_dt <= l.start_at::date
               AND (tp.completed_dt IS NULL OR tp.completed_dt >= l.start_at::date)
             ORDER BY tp.accepted_dt DESC, tp.plan_id DESC LIMIT 1) END,
       l.proc_cd,
       CASE WHEN c.cat_cd IN ('RS','EN','OS','PR') OR l.proc_cd IN ('TMP1','FS01','VEN1','RAD1')
            THEN (1 + (l.g + l.k) % 4) * 10 + 1 + (l.g * 3 + l.k) % 8 END,
       CASE WHEN l.pay_cat_cd = 'E' THEN 0
            WHEN l.g % 25 = 0 THEN round(c.std_fee_gbp * 0.9, 2)
            ELSE c.std_fee_gbp END
FROM l JOIN proc_cat c ON c.proc_cd = l.proc_cd;

-- ---------------------------------------------------------------- inv (invoices)
CREATE TABLE inv (
    inv_id         integer PRIMARY KEY,
    appt_id        integer NOT NULL UNIQUE REFERENCES appt (appt_id),
    pt_id          integer NOT NULL REFERENCES pt (pt_id),
    ins_id         smallint REFERENCES insr (ins_id),
    issued_dt      date NOT NULL,
    due_dt         date NOT NULL,
    total_gbp      numeric(9,2) NOT NULL,
    pt_share_gbp   numeric(9,2) NOT NULL,
    ins_share_gbp  numeric(9,2) NOT NULL DEFAULT 0,
    settled_at     timestamptz
);
COMMENT ON TABLE inv IS 'One invoice per attended appointment with chargeable treatment';
COMMENT ON COLUMN inv.ins_id IS 'insurer billed for its share; NULL = patient pays everything';
COMMENT ON COLUMN inv.total_gbp IS 'sum of the item fees, GBP';
COMMENT ON COLUMN inv.pt_share_gbp IS 'part payable by the patient, GBP';
COMMENT ON COLUMN inv.ins_share_gbp IS 'part payable by the insurer, GBP; 0 when not insured';
COMMENT ON COLUMN inv.settled_at IS 'when the invoice was paid in full (patient and insurer); NULL = not fully paid yet';

INSERT INTO inv (inv_id, appt_id, pt_id, ins_id, issued_dt, due_dt, total_gbp, pt_share_gbp, ins_share_gbp, settled_at)
WITH s AS (
    SELECT a.appt_id, a.pt_id, p.ins_id, a.start_at::date AS issued_dt, sum(i.fee_gbp) AS total
    FROM appt a
    JOIN tx_item i ON i.appt_id = a.appt_id
    JOIN pt p ON p.pt_id = a.pt_id
    GROUP BY a.appt_id, a.pt_id, p.ins_id, a.start_at::date
    HAVING sum(i.fee_gbp) > 0
), x AS (
    SELECT s.*, CASE WHEN s.ins_id IS NULL THEN 0 ELSE round(s.total * r.cover_pct / 100.0, 2) END AS ins_sh
    FROM s LEFT JOIN insr r ON r.ins_id = s.ins_id
)
SELECT row_number() OVER (ORDER BY appt_id), appt_id, pt_id, ins_id, issued_dt, issued_dt + 28,
       total, total - ins_sh, ins_sh, NULL
FROM x;

-- ---------------------------------------------------------------- pmt (payments received)
CREATE TABLE pmt (
    pmt_id     integer PRIMARY KEY,
    inv_id     integer NOT NULL REFERENCES inv (inv_id),
    payer_cd   char(1) NOT NULL,
    paid_at    timestamptz NOT NULL,
    amt_gbp    numeric(9,2) NOT NULL,
    method_cd  char(2) NOT NULL
);
COMMENT ON COLUMN pmt.payer_cd IS 'P = patient, I = insurer';
COMMENT ON COLUMN pmt.method_cd IS 'CD = debit/credit card, CA = cash, BT = bank transfer';
COMMENT ON COLUMN pmt.amt_gbp IS 'amount received, GBP';

INSERT INTO pmt (pmt_id, inv_id, payer_cd, paid_at, amt_gbp, method_cd)
WITH i AS (
    SELECT inv.*, a.end_at FROM inv JOIN appt a ON a.appt_id = inv.appt_id
), p AS (
    SELECT inv_id, 'P' AS payer,
           CASE WHEN inv_id % 4 = 0 THEN (issued_dt + (inv_id % 25 + 1) + time '10:00')::timestamptz
                ELSE end_at + interval '10 minutes' END AS paid_at,
           pt_share_gbp AS amt, 1 AS seq
    FROM i WHERE pt_share_gbp > 0 AND inv_id % 13 <> 0 AND inv_id % 9 <> 0
    UNION ALL
    SELECT inv_id, 'P', end_at + interval '10 minutes', round(pt_share_gbp / 2, 2), 1
    FROM i WHERE pt_share_gbp > 0 AND inv_id % 13 <> 0 AND inv_id % 9 = 0
    UNION ALL
    SELECT inv_id, 'P', end_at + interval '35 days', pt_share_gbp - round(pt_share_gbp / 2, 2), 2
    FROM i WHERE pt_share_gbp > 0 AND inv_id % 13 <> 0 AND inv_id % 9 = 0
    UNION ALL
    SELECT inv_id, 'I', (issued_dt + (10 + inv_id % 40) + time '14:00')::timestamptz, ins_share_gbp, 1
    FROM i WHERE ins_share_gbp > 0 AND inv_id % 29 <> 0
)
SELECT row_number() OVER (ORDER BY paid_at, inv_id, payer), inv_id, payer, paid_at, amt,
       CASE WHEN payer = 'I' THEN 'BT'
            ELSE (ARRAY['CD','CD','CA','CD','BT','CD','CA'])[1 + (inv_id + seq) % 7] END
FROM p
WHERE paid_at <= timestamptz '2025-11-30 18:00:00+00';

UPDATE inv SET settled_at = x.last_paid
FROM (SELECT inv_id, sum(amt_gbp) AS paid, max(paid_at) AS last_paid FROM pmt GROUP BY inv_id) x
WHERE x.inv_id = inv.inv_id AND x.paid >= inv.total_gbp;

-- ---------------------------------------------------------------- recall (recall reminders)
CREATE TABLE recall (
    rcl_id            integer PRIMARY KEY,
    pt_id             integer NOT NULL,
    prac_id           smallint NOT NULL REFERENCES prac (prac_id),
    src_appt_id       integer REFERENCES appt (appt_id),
    rcl_typ_cd        char(1) NOT NULL,
    due_dt            date NOT NULL,
    sent_at           timestamptz,
    channel_cd        char(1),
    rebooked_appt_id  integer
);
COMMENT ON TABLE recall IS 'Reminders to come back for the next check-up or hygiene visit';
COMMENT ON COLUMN recall.pt_id IS 'patient (pt.pt_id) to remind';
COMMENT ON COLUMN recall.src_appt_id IS 'attended visit that triggered the recall';
COMMENT ON COLUMN recall.rcl_typ_cd IS 'E = check-up examination, H = hygiene';
COMMENT ON COLUMN recall.due_dt IS 'date the patient is due back';
COMMENT ON COLUMN recall.sent_at IS 'when the reminder went out (3 weeks before due); NULL = not sent yet';
COMMENT ON COLUMN recall.channel_cd IS 'S = SMS, E = email, L = letter; NULL while not sent';
COMMENT ON COLUMN recall.rebooked_appt_id IS 'appointment booked within 45 days of the reminder; NULL = patient has not booked';

INSERT INTO recall (rcl_id, pt_id, prac_id, src_appt_id, rcl_typ_cd, due_dt, sent_at, channel_cd, rebooked_appt_id)
WITH s AS (
    SELECT a.appt_id, a.pt_id, a.prac_id, p.email, p.mob_no,
           CASE WHEN a.appt_typ_cd = 'EX' THEN 'E' ELSE 'H' END AS typ,
           (a.start_at + CASE WHEN a.appt_typ_cd = 'EX' THEN interval '6 months'
                              WHEN a.appt_id % 3 = 0 THEN interval '3 months'
                              ELSE interval '6 months' END)::date AS due_dt
    FROM appt a JOIN pt p ON p.pt_id = a.pt_id
    WHERE a.stat_cd = 'A' AND a.appt_typ_cd IN ('EX', 'HY')
), t AS (
    SELECT s.*,
           CASE WHEN (due_dt - 21 + time '09:00')::timestamptz <= timestamptz '2025-11-30 18:00:00+00'
                THEN (due_dt - 21 + time '09:00')::timestamptz END AS sent_at
    FROM s
)
SELECT row_number() OVER (ORDER BY due_dt, pt_id, appt_id), pt_id, prac_id, appt_id, typ, due_dt, sent_at,
       CASE WHEN sent_at IS NULL THEN NULL
            WHEN email IS NOT NULL AND pt_id % 2 = 0 THEN 'E'
            WHEN mob_no IS NOT NULL THEN 'S'
            ELSE 'L' END,
       (SELECT b.appt_id FROM appt b
        WHERE b.pt_id = t.pt_id AND b.booked_at >= t.sent_at AND b.booked_at < t.sent_at + interval '45 days'
        ORDER BY b.booked_at, b.appt_id LIMIT 1)
FROM t;

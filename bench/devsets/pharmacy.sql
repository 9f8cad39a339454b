-- Made-up schema: a retail pharmacy chain (branches, staff, patients, prescribing doctors, the
-- product catalogue, prescriptions, dispensing events, stock movements and inventory counts).
-- Links without a declared foreign key: pt_mstr.pref_br -> branch.branch_id,
-- dsp_evt.pharm_id -> emp.emp_id, stk_mvt.prod_id -> prod_cat.prod_id.
-- Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30 18:00 UTC. Re-runnable: tables are dropped children first.

SET TIME ZONE 'UTC';   -- the interval arithmetic below is meant in UTC

DROP TABLE IF EXISTS stk_mvt;
DROP TABLE IF EXISTS inv_cnt;
DROP TABLE IF EXISTS dsp_evt;
DROP TABLE IF EXISTS rx_hdr;
DROP TABLE IF EXISTS prod_cat;
DROP TABLE IF EXISTS presc_dr;
DROP TABLE IF EXISTS pt_mstr;
DROP TABLE IF EXISTS emp;
DROP TABLE IF EXISTS branch;

-- ---------------------------------------------------------------- branch
CREATE TABLE branch (
    branch_id     integer PRIMARY KEY,
    br_cd         char(4) NOT NULL UNIQUE,
    br_nm         text NOT NULL,
    city          text NOT NULL,
    rgn           char(1) NOT NULL,
    opened_dt     date NOT NULL,
    is_24h        boolean NOT NULL DEFAULT false,
    sales_area_m2 integer
);
COMMENT ON TABLE branch IS 'Pharmacies (branches) of the chain';
COMMENT ON COLUMN branch.rgn IS 'sales region: N = north, E = east, S = south, W = west';
COMMENT ON COLUMN branch.is_24h IS 'true = open around the clock';
COMMENT ON COLUMN branch.sales_area_m2 IS 'sales floor area in square metres; NULL = not surveyed';

INSERT INTO branch (branch_id, br_cd, br_nm, city, rgn, opened_dt, is_24h, sales_area_m2) VALUES
    (1,  'B001', 'Linden Apotheke Mitte',          'Berlin',            'E', '2009-04-01', true,  180),
    (2,  'B002', 'Linden Apotheke Spandau',        'Berlin',            'E', '2012-10-15', false, 95),
    (3,  'B003', 'Linden Apotheke Altona',         'Hamburg',           'N', '2011-03-01', false, 120),
    (4,  'B004', 'Linden Apotheke Hauptbahnhof',   'Hamburg',           'N', '2015-06-01', true,  140),
    (5,  'B005', 'Linden Apotheke Schwabing',      'München',           'S', '2008-09-01', false, 110),
    (6,  'B006', 'Linden Apotheke Pasing',         'München',           'S', '2017-02-01', false, 85),
    (7,  'B007', 'Linden Apotheke Ehrenfeld',      'Köln',              'W', '2013-05-01', false, 100),
    (8,  'B008', 'Linden Apotheke Sachsenhausen',  'Frankfurt am Main', 'W', '2016-11-01', true,  130),
    (9,  'B009', 'Linden Apotheke am Markt',       'Leipzig',           'E', '2019-08-01', false, 90),
    (10, 'B010', 'Linden Apotheke Neustadt',       'Dresden',           'E', '2020-03-01', false, NULL),
    (11, 'B011', 'Linden Apotheke West',           'Stuttgart',         'S', '2014-07-01', false, 105),
    (12, 'B012', 'Linden Apotheke Südstadt',       'Nürnberg',          'S', '2021-01-15', false, 75);

-- ---------------------------------------------------------------- emp (staff)
CREATE TABLE emp (
    emp_id    integer PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES branch (branch_id),
    emp_nm    text NOT NULL,
    role_cd   char(2) NOT NULL,
    is_mgr    boolean NOT NULL DEFAULT false,
    lic_no    varchar(12),
    hire_dt   date NOT NULL,
    term_dt   date,
    wk_hrs    numeric(4,1) NOT NULL,
    hrly_eur  numeric(6,2) NOT NULL
);
COMMENT ON COLUMN emp.role_cd IS 'PH = pharmacist, PT = pharmacy technician (PTA), SA = sales assistant (PKA)';
COMMENT ON COLUMN emp.is_mgr IS 'true = manager of the branch (always a pharmacist)';
COMMENT ON COLUMN emp.lic_no IS 'pharmacist licence number; NULL for non-pharmacists';
COMMENT ON COLUMN emp.term_dt IS 'last working day; NULL = still employed';
COMMENT ON COLUMN emp.wk_hrs IS 'contracted hours per week';
COMMENT ON COLUMN emp.hrly_eur IS 'gross hourly pay, EUR';

INSERT INTO emp (emp_id, branch_id, emp_nm, role_cd, is_mgr, lic_no, hire_dt, term_dt, wk_hrs, hrly_eur)
SELECT g, br, fn || ' ' || ln, role, is_mgr,
       CASE WHEN role = 'PH' THEN 'APK-' || lpad(((g * 7919) % 100000)::text, 5, '0') END,
       hire_dt, term_dt,
       CASE WHEN g % 4 = 0 THEN 20 WHEN g % 7 = 0 THEN 30 ELSE 40 END,
       CASE role WHEN 'PH' THEN 29.50 + (g % 9) * 0.85 + CASE WHEN is_mgr THEN 6 ELSE 0 END
                 WHEN 'PT' THEN 18.20 + (g % 7) * 0.55
                 ELSE 14.10 + (g % 5) * 0.40 END
FROM (
    SELECT g,
           CASE WHEN g <= 60 THEN 1 + (g - 1) / 5 ELSE 1 + (g * 5) % 12 END AS br,
           CASE WHEN g <= 60 THEN (ARRAY['PH','PH','PT','PT','SA'])[1 + (g - 1) % 5]
                ELSE (ARRAY['PH','PT','SA'])[1 + g % 3] END AS role,
           g <= 60 AND (g - 1) % 5 = 0 AS is_mgr,
           CASE WHEN g <= 60 AND (g - 1) % 5 = 4 AND g % 10 = 0 THEN date '2024-02-01' + g * 9
                WHEN g <= 60 THEN date '2008-01-01' + (g * 211) % 5000
                ELSE date '2015-01-01' + (g * 97) % 2500 END AS hire_dt,
           CASE WHEN g > 60 THEN date '2024-01-31' + (g - 61) * 47 END AS term_dt,
           (ARRAY['Anna','Lukas','Marie','Jonas','Sophie','Felix','Lea','Paul','Emilia','Tim',
                  'Hannah','Elias','Lena','Noah','Mia','Ben'])[1 + g % 16] AS fn,
           (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
                  'Koch','Richter','Klein','Wolf','Schröder','Neumann','Schwarz','Zimmermann','Braun'])[1 + (g * 5) % 19] AS ln
    FROM generate_series(1, 74) AS g
) s;

-- ---------------------------------------------------------------- pt_mstr (patients)
CREATE TABLE pt_mstr (
    pt_id     integer PRIMARY KEY,
    first_nm  text NOT NULL,
    last_nm   text NOT NULL,
    dob       date NOT NULL,
    sex_cd    char(1),
    ins_cd    char(1) NOT NULL,
    ins_no    varchar(12),
    pref_br   integer,
    email     text,
    sms_optin boolean NOT NULL DEFAULT false,
    reg_ts    timestamptz NOT NULL
);
COMMENT ON TABLE pt_mstr IS 'Patient master: customers registered with a prescription history';
COMMENT ON COLUMN pt_mstr.sex_cd IS 'F = female, M = male, X = diverse, NULL = not recorded';
COMMENT ON COLUMN pt_mstr.ins_cd IS 'S = statutory health insurance (GKV), P = private insurance, N = none (self-pay)';
COMMENT ON COLUMN pt_mstr.ins_no IS 'health insurance member number; NULL when self-pay';
COMMENT ON COLUMN pt_mstr.pref_br IS 'home branch chosen at registration (branch.branch_id); NULL = none';
COMMENT ON COLUMN pt_mstr.sms_optin IS 'true = agreed to get an SMS when a prescription is ready';

INSERT INTO pt_mstr (pt_id, first_nm, last_nm, dob, sex_cd, ins_cd, ins_no, pref_br, email, sms_optin, reg_ts)
SELECT g, fn, ln,
       date '1938-01-01' + (g * 9173) % 30000,
       CASE WHEN g % 29 = 0 THEN NULL WHEN g % 97 = 0 THEN 'X' WHEN g % 2 = 0 THEN 'F' ELSE 'M' END,
       ins,
       CASE WHEN ins = 'N' THEN NULL
            ELSE chr(65 + g % 26) || lpad(((g * 104729) % 1000000000)::text, 9, '0') END,
       CASE WHEN g % 31 = 0 THEN NULL WHEN g % 9 = 0 THEN 4 ELSE 1 + (g * 7) % 12 END,
       CASE WHEN g % 6 = 0 THEN NULL
            ELSE lower(translate(fn || '.' || ln, 'äöüßÄÖÜ', 'aousAOU')) || g || '@example.de' END,
       g % 3 = 0,
       timestamptz '2015-01-05 09:00:00+00' + g * interval '3 days 7 hours' + ((g * 13) % 480) * interval '1 minute'
FROM (
    SELECT g,
           CASE g % 10 WHEN 7 THEN 'P' WHEN 8 THEN 'P' WHEN 9 THEN 'N' ELSE 'S' END AS ins,
           (ARRAY['Anna','Peter','Ursula','Michael','Sabine','Thomas','Monika','Andreas','Petra','Stefan',
                  'Gabriele','Frank','Karin','Jürgen','Elena','Dmitri','Olga','Ayşe','Mehmet','Katarzyna',
                  'Tobias','Julia','Maximilian','Laura','Florian','Sarah','Niklas','Lisa','Helga','Günter'])[1 + g % 30] AS fn,
           (ARRAY['Müller','Schmidt','Schneider','Fischer','Weber','Meyer','Wagner','Becker','Schulz','Hoffmann',
                  'Schäfer','Koch','Bauer','Richter','Klein','Wolf','Schröder','Neumann','Schwarz','Zimmermann',
                  'Braun','Krüger','Hofmann','Hartmann','Lange','Schmitt','Werner','Ivanova','Yılmaz','Kowalski','Petrov'])[1 + (g * 7) % 31] AS ln
    FROM generate_series(1, 900) AS g
) s;

-- ---------------------------------------------------------------- presc_dr (prescribing doctors)
CREATE TABLE presc_dr (
    prescr_id   integer PRIMARY KEY,
    dr_nm       text NOT NULL,
    spec_cd     varchar(3) NOT NULL,
    practice_nm text,
    city        text NOT NULL,
    lanr        char(9),
    lic_st      char(1)
);
COMMENT ON TABLE presc_dr IS 'Doctors (and dentists) who write the prescriptions we receive';
COMMENT ON COLUMN presc_dr.spec_cd IS 'GP = general practice, CAR = cardiology, DER = dermatology, PED = paediatrics, PSY = psychiatry, END = endocrinology, ORT = orthopaedics, DEN = dentistry';
COMMENT ON COLUMN presc_dr.lanr IS 'lifelong physician number (LANR); NULL for dentists';
COMMENT ON COLUMN presc_dr.lic_st IS 'A = licence active, S = suspended, R = retired, NULL = licence not verified yet';

INSERT INTO presc_dr (prescr_id, dr_nm, spec_cd, practice_nm, city, lanr, lic_st)
SELECT g, 'Dr. ' || fn || ' ' || ln, spec,
       CASE WHEN g % 8 = 0 THEN NULL ELSE 'Praxis ' || ln END,
       (ARRAY['Berlin','Berlin','Hamburg','München','Köln','Frankfurt am Main','Leipzig','Dresden','Stuttgart','Nürnberg'])[1 + (g * 3) % 10],
       CASE WHEN spec = 'DEN' THEN NULL ELSE lpad(((g * 7907) % 1000000)::text, 6, '0') || lpad((g % 100)::text, 2, '0') || (g % 10)::text END,
       CASE WHEN g % 17 = 0 THEN 'S' WHEN g % 13 = 0 THEN 'R' WHEN g % 19 = 0 THEN NULL ELSE 'A' END
FROM (
    SELECT g,
           (ARRAY['GP','GP','GP','CAR','DER','PED','PSY','END','ORT','DEN'])[1 + g % 10] AS spec,
           (ARRAY['Klaus','Birgit','Martin','Susanne','Ralf','Claudia','Jens','Nicole','Oliver','Katrin','Holger','Irina'])[1 + g % 12] AS fn,
           (ARRAY['Albrecht','Berger','Dietrich','Engel','Frank','Graf','Haas','Jung','Kaiser','Lorenz',
                  'Möller','Nowak','Otto','Pohl','Roth'])[1 + (g * 7) % 15] AS ln
    FROM generate_series(1, 60) AS g
) s;

-- ---------------------------------------------------------------- prod_cat (product catalogue)
CREATE TABLE prod_cat (
    prod_id     integer PRIMARY KEY,
    pzn         char(8) NOT NULL UNIQUE,
    prod_nm     text NOT NULL,
    generic_nm  text NOT NULL,
    atc_cd      varchar(7),
    form_cd     varchar(3) NOT NULL,
    strength_mg numeric(9,3),
    pack_sz     integer NOT NULL,
    rx_req      boolean NOT NULL,
    ctrl_cd     char(1),
    list_px_eur numeric(8,2) NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN prod_cat.pzn IS 'national product number (PZN)';
COMMENT ON COLUMN prod_cat.form_cd IS 'TAB = tablet, CAP = capsule, SYR = syrup / oral liquid, INJ = injection, CRM = cream / gel / ointment, SPR = spray, INH = inhaler, PAT = transdermal patch';
COMMENT ON COLUMN prod_cat.strength_mg IS 'active ingredient per unit (tablet, capsule, 5 ml, dose or patch), mg; NULL for creams, sprays and insulin';
COMMENT ON COLUMN prod_cat.pack_sz IS 'units per pack (tablets, capsules, ml, g, doses, pens or patches)';
COMMENT ON COLUMN prod_cat.rx_req IS 'true = prescription-only medicine, false = over the counter';
COMMENT ON COLUMN prod_cat.ctrl_cd IS 'N = narcotic (BtM: special prescription form, locked cabinet), P = other psychotropic under special monitoring, NULL = not controlled';
COMMENT ON COLUMN prod_cat.list_px_eur IS 'pharmacy retail price per pack, EUR';
COMMENT ON COLUMN prod_cat.is_active IS 'false = discontinued, no longer ordered';

INSERT INTO prod_cat (prod_id, pzn, prod_nm, generic_nm, atc_cd, form_cd, strength_mg, pack_sz, rx_req, ctrl_cd, list_px_eur, is_active) VALUES
    (1,  '04114918', 'Ibuflam 400 mg',                   'Ibuprofen',         'M01AE01', 'TAB', 400,    20,  false, NULL, 3.95,   true),
    (2,  '01016070', 'Ibuprofen AL 600',                 'Ibuprofen',         'M01AE01', 'TAB', 600,    50,  true,  NULL, 12.49,  true),
    (3,  '03485542', 'Paracetamol ratiopharm 500 mg',    'Paracetamol',       'N02BE01', 'TAB', 500,    20,  false, NULL, 2.45,   true),
    (4,  '04540519', 'Amoxicillin-ratiopharm 1000 mg',   'Amoxicillin',       'J01CA04', 'TAB', 1000,   20,  true,  NULL, 14.20,  true),
    (5,  '01266498', 'Atorvastatin Heumann 20 mg',       'Atorvastatin',      'C10AA05', 'TAB', 20,     100, true,  NULL, 18.76,  true),
    (6,  '04144658', 'Simvastatin STADA 40 mg',          'Simvastatin',       'C10AA01', 'TAB', 40,     100, true,  NULL, 15.60,  true),
    (7,  '02544316', 'Metformin Lich 1000 mg',           'Metformin',         'A10BA02', 'TAB', 1000,   180, true,  NULL, 17.25,  true),
    (8,  '00766794', 'Ramipril HEXAL 5 mg',              'Ramipril',          'C09AA05', 'TAB', 5,      100, true,  NULL, 16.10,  true),
    (9,  '01481429', 'Amlodipin Dexcel 5 mg',            'Amlodipine',        'C08CA01', 'TAB', 5,      100, true,  NULL, 15.02,  true),
    (10, '02561318', 'Bisoprolol-ratiopharm 5 mg',       'Bisoprolol',        'C07AB07', 'TAB', 5,      100, true,  NULL, 16.40,  true),
    (11, '05372349', 'Pantoprazol Aristo 40 mg',         'Pantoprazole',      'A02BC02', 'TAB', 40,     100, true,  NULL, 20.35,  true),
    (12, '09285536', 'Omeprazol AbZ 20 mg',              'Omeprazole',        'A02BC01', 'CAP', 20,     14,  false, NULL, 6.97,   true),
    (13, '01043384', 'L-Thyroxin Henning 100',           'Levothyroxine',     'H03AA01', 'TAB', 0.1,    100, true,  NULL, 13.50,  true),
    (14, '08459871', 'Salbutamol-ratiopharm N',          'Salbutamol',        'R03AC02', 'INH', 0.1,    200, true,  NULL, 12.80,  true),
    (15, '03002473', 'Lantus SoloStar',                  'Insulin glargine',  'A10AE04', 'INJ', NULL,   5,   true,  NULL, 85.40,  true),
    (16, '00870497', 'Valoron N retard 50/4 mg',         'Tilidine/naloxone', 'N02AX51', 'TAB', 50,     20,  true,  'N',  24.37,  true),
    (17, '09248715', 'Oxycodon-HCl beta 10 mg',          'Oxycodone',         'N02AA05', 'TAB', 10,     20,  true,  'N',  38.90,  true),
    (18, '03475372', 'MST 30 Mundipharma',               'Morphine',          'N02AA01', 'TAB', 30,     50,  true,  'N',  45.10,  true),
    (19, '06108961', 'Fentanyl-ratiopharm 25 µg/h',      'Fentanyl',          'N02AB03', 'PAT', 4.125,  10,  true,  'N',  96.30,  true),
    (20, '04507263', 'Medikinet 10 mg',                  'Methylphenidate',   'N06BA04', 'TAB', 10,     30,  true,  'N',  29.80,  true),
    (21, '04324618', 'Diazepam-ratiopharm 5 mg',         'Diazepam',          'N05BA01', 'TAB', 5,      20,  true,  'P',  12.96,  true),
    (22, '02258910', 'Zolpidem AL 10 mg',                'Zolpidem',          'N05CF02', 'TAB', 10,     20,  true,  'P',  13.47,  true),
    (23, '00254290', 'Sertralin BASICS 50 mg',           'Sertraline',        'N06AB06', 'TAB', 50,     100, true,  NULL, 19.86,  true),
    (24, '02091840', 'Cetirizin HEXAL 10 mg',            'Cetirizine',        'R06AE07', 'TAB', 10,     20,  false, NULL, 4.49,   true),
    (25, '07136089', 'Lorano akut 10 mg',                'Loratadine',        'R06AX13', 'TAB', 10,     20,  false, NULL, 5.95,   true),
    (26, '04968547', 'Ebenol 0,5 % Creme',               'Hydrocortisone',    'D07AA02', 'CRM', NULL,   30,  false, NULL, 7.45,   true),
    (27, '13869651', 'Voltaren Schmerzgel',              'Diclofenac',        'M02AA15', 'CRM', NULL,   120, false, NULL, 13.99,  true),
    (28, '02029998', 'Otriven 0,1 % Nasenspray',         'Xylometazoline',    'R01AA07', 'SPR', NULL,   10,  false, NULL, 4.95,   true),
    (29, '02746325', 'Mucosolvan Saft 30 mg/5 ml',       'Ambroxol',          'R05CB06', 'SYR', 30,     100, false, NULL, 7.98,   true),
    (30, '08769712', 'Amoxicillin AL 250 mg/5 ml Saft',  'Amoxicillin',       'J01CA04', 'SYR', 250,    100, true,  NULL, 11.73,  true),
    (31, '01888734', 'Prednisolon JENAPHARM 20 mg',      'Prednisolone',      'H02AB06', 'TAB', 20,     20,  true,  NULL, 13.05,  true),
    (32, '00919348', 'Metoprololsuccinat 1A 95 mg',      'Metoprolol',        'C07AB02', 'TAB', 95,     100, true,  NULL, 17.88,  true),
    (33, '11024520', 'Eliquis 5 mg',                     'Apixaban',          'B01AF02', 'TAB', 5,      200, true,  NULL, 264.50, true),
    (34, '02409217', 'Clopidogrel Zentiva 75 mg',        'Clopidogrel',       'B01AC04', 'TAB', 75,     100, true,  NULL, 22.61,  true),
    (35, '10006539', 'Vigantolvit 1000 I.E.',            'Colecalciferol',    'A11CC05', 'TAB', 0.025,  90,  false, NULL, 9.95,   true),
    (36, '00657482', 'Magnesium Verla 400 Brause',       'Magnesium',         'A12CC',   'TAB', 400,    20,  false, NULL, 6.49,   true),
    (37, '06313472', 'Ciprofloxacin AL 500',             'Ciprofloxacin',     'J01MA02', 'TAB', 500,    10,  true,  NULL, 13.22,  true),
    (38, '02246017', 'Tramadol Lichtenstein 50 mg',      'Tramadol',          'N02AX02', 'CAP', 50,     50,  true,  NULL, 14.85,  true),
    (39, '13833813', 'Pregabalin BASICS 75 mg',          'Pregabalin',        'N03AX16', 'CAP', 75,     100, true,  NULL, 31.40,  true),
    (40, '03128826', 'Ranitidin-ratiopharm 150 mg',      'Ranitidine',        'A02BA02', 'TAB', 150,    50,  true,  NULL, 14.02,  false);

-- ---------------------------------------------------------------- rx_hdr (prescriptions)
CREATE TABLE rx_hdr (
    rx_id        integer PRIMARY KEY,
    rx_no        varchar(10) NOT NULL UNIQUE,
    pt_id        integer NOT NULL REFERENCES pt_mstr (pt_id),
    prescr_id    integer NOT NULL REFERENCES presc_dr (prescr_id),
    prod_id      integer NOT NULL REFERENCES prod_cat (prod_id),
    branch_id    integer NOT NULL REFERENCES branch (branch_id),
    written_dt   date NOT NULL,
    recv_ts      timestamptz NOT NULL,
    qty_pk       smallint NOT NULL,
    refills_auth smallint NOT NULL DEFAULT 0,
    is_erx       boolean NOT NULL,
    rx_st        char(1) NOT NULL
);
COMMENT ON TABLE rx_hdr IS 'Prescriptions received (one prescribed product per prescription)';
COMMENT ON COLUMN rx_hdr.written_dt IS 'date the doctor wrote the prescription';
COMMENT ON COLUMN rx_hdr.recv_ts IS 'when the prescription was handed in at / transmitted to the branch';
COMMENT ON COLUMN rx_hdr.branch_id IS 'branch that received the prescription';
COMMENT ON COLUMN rx_hdr.qty_pk IS 'packs to dispense per fill';
COMMENT ON COLUMN rx_hdr.refills_auth IS 'number of repeat fills allowed after the first fill';
COMMENT ON COLUMN rx_hdr.is_erx IS 'true = electronic prescription (e-Rezept), false = paper';
COMMENT ON COLUMN rx_hdr.rx_st IS 'A = active (fills remaining), C = completed (all fills dispensed), X = cancelled by the prescriber, E = expired without being filled';

INSERT INTO rx_hdr (rx_id, rx_no, pt_id, prescr_id, prod_id, branch_id, written_dt, recv_ts, qty_pk, refills_auth, is_erx, rx_st)
WITH base AS (
    SELECT g,
           date '2024-01-02' + (g * 697) / 2400 AS recv_dt,
           CASE WHEN g % 41 = 0 THEN 9 + g % 7 WHEN g % 3 = 0 THEN 0 ELSE (g * 7) % 4 END AS lag_d,
           CASE WHEN g % 3 = 0 THEN 1 + ((g / 3) * 53) % 120 ELSE 1 + ((g - g / 3) * 37) % 900 END AS pt0,
           (ARRAY[5,5,5,7,7,7,8,8,8,9,9,9,10,10,11,11,11,13,13,6,6,2,2,4,4,
                  14,14,15,23,23,21,22,30,31,32,33,33,34,37,38,39,39,16,17,17,18,19,20,40,13])[1 + (g * 7) % 50] AS prod0
    FROM generate_series(1, 2400) AS g
), b2 AS (
    SELECT base.*,
           CASE WHEN pt0 % 13 = 0 THEN pt0 + 1 ELSE pt0 END AS pt_id,
           CASE WHEN prod0 = 40 AND recv_dt >= date '2024-04-01' THEN 11 ELSE prod0 END AS prod_id
    FROM base
)
SELECT b2.g,
       'R' || lpad(b2.g::text, 7, '0'),
       b2.pt_id,
       CASE WHEN p.ctrl_cd = 'N' THEN (ARRAY[6,6,6,6,6,6,16,16,16,16,16,2,2,2,2,11,11,11,26,26,21])[1 + (b2.g * 5) % 21]
            WHEN b2.g % 5 = 0 THEN (ARRAY[1,2,11,12,21])[1 + (b2.g / 5) % 5]
            ELSE 1 + (b2.g * 11) % 60 END,
       b2.prod_id,
       coalesce(CASE WHEN b2.g % 5 <> 0 THEN pt.pref_br END, 1 + (b2.g * 5) % 12),
       b2.recv_dt - b2.lag_d,
       (b2.recv_dt + time '08:00') AT TIME ZONE 'UTC' + ((b2.g * 37) % 620) * interval '1 minute',
       CASE WHEN b2.g % 6 = 0 THEN 2 WHEN b2.g % 17 = 0 THEN 3 ELSE 1 END,
       CASE WHEN p.ctrl_cd = 'N' THEN 0 WHEN b2.g % 4 = 0 THEN 2 WHEN b2.g % 7 = 0 THEN 3 WHEN b2.g % 9 = 0 THEN 1 ELSE 0 END,
       (b2.g * 7) % 10 < 5 + b2.g / 600,
       CASE WHEN b2.g % 37 = 0 THEN 'X'
            WHEN b2.g % 43 = 0 AND b2.recv_dt < date '2025-09-01' THEN 'E'
            ELSE 'A' END
FROM b2
JOIN prod_cat p ON p.prod_id = b2.prod_id
JOIN pt_mstr pt ON pt.pt_id = b2.pt_id;

-- ---------------------------------------------------------------- dsp_evt (dispensing events)
CREATE TABLE dsp_evt (
    dsp_id     integer PRIMARY KEY,
    rx_id      integer NOT NULL REFERENCES rx_hdr (rx_id),
    fill_no    smallint NOT NULL,
    branch_id  integer NOT NULL REFERENCES branch (branch_id),
    pharm_id   integer,
    disp_ts    timestamptz NOT NULL,
    qty_disp   smallint NOT NULL,
    days_sup   smallint,
    copay_eur  numeric(8,2) NOT NULL,
    ins_pd_eur numeric(8,2) NOT NULL,
    dsp_st     char(1) NOT NULL,
    pickup_ts  timestamptz
);
COMMENT ON TABLE dsp_evt IS 'One row per fill of a prescription';
COMMENT ON COLUMN dsp_evt.fill_no IS '0 = first fill, 1, 2, ... = repeat fills';
COMMENT ON COLUMN dsp_evt.branch_id IS 'branch that prepared the fill';
COMMENT ON COLUMN dsp_evt.pharm_id IS 'pharmacist (emp.emp_id) who checked and released the fill';
COMMENT ON COLUMN dsp_evt.disp_ts IS 'when the fill was prepared and put on the pickup shelf';
COMMENT ON COLUMN dsp_evt.qty_disp IS 'packs dispensed';
COMMENT ON COLUMN dsp_evt.days_sup IS 'days of therapy covered; NULL = as needed / not applicable';
COMMENT ON COLUMN dsp_evt.copay_eur IS 'paid by the patient at the counter, EUR';
COMMENT ON COLUMN dsp_evt.ins_pd_eur IS 'billed to the health insurer, EUR';
COMMENT ON COLUMN dsp_evt.dsp_st IS 'R = ready, waiting on the shelf to be picked up; P = picked up by the patient; U = never collected, returned to stock';
COMMENT ON COLUMN dsp_evt.pickup_ts IS 'when the patient collected it; NULL unless dsp_st = P';

INSERT INTO dsp_evt (dsp_id, rx_id, fill_no, branch_id, pharm_id, disp_ts, qty_disp, days_sup, copay_eur, ins_pd_eur, dsp_st, pickup_ts)
WITH f AS (
    SELECT r.rx_id, r.branch_id AS rx_br, r.qty_pk, r.prod_id, r.pt_id, k,
           r.recv_ts + CASE WHEN k = 0 THEN
                                CASE WHEN r.rx_id % 47 = 0 THEN (8 + r.rx_id % 6) * interval '1 day'
                                     WHEN r.rx_id % 4 = 0 THEN (2 + r.rx_id % 20) * interval '1 hour'
                                     ELSE (15 + r.rx_id % 40) * interval '1 minute' END
                           ELSE ((r.recv_ts AT TIME ZONE 'UTC')::date + k * 28 + r.rx_id % 5 + time '08:15') AT TIME ZONE 'UTC'
                                - r.recv_ts + ((r.rx_id * 17 + k * 29) % 600) * interval '1 minute' END AS disp_ts
    FROM rx_hdr r
    CROSS JOIN LATERAL generate_series(0, r.refills_auth) AS k
    WHERE r.rx_st = 'A'
), f2 AS (
    SELECT f.*,
           row_number() OVER (ORDER BY disp_ts, rx_id) AS dsp_id,
           CASE WHEN k > 0 AND (rx_id + k) % 9 = 0 THEN 1 + (rx_id + k) % 12 ELSE rx_br END AS br,
           CASE WHEN (rx_id * 131 + k * 37) % 3 = 0
                THEN disp_ts + (10 + (rx_id * 131 + k * 37) % 80) * interval '1 minute'    -- collected while waiting
                ELSE ((disp_ts AT TIME ZONE 'UTC')::date + 1 + (rx_id * 131 + k * 37) % 6 + time '08:30') AT TIME ZONE 'UTC'
                     + ((rx_id * 7 + k * 53) % 660) * interval '1 minute' END AS pick_cand
    FROM f
    WHERE disp_ts <= timestamptz '2025-11-30 18:00:00+00'
), f3 AS (
    SELECT f2.*,
           p.list_px_eur * f2.qty_pk AS price,
           p.form_cd, p.pack_sz, pt.ins_cd, pt.dob,
           CASE WHEN (rx_id + k) % 29 = 0 AND disp_ts < timestamptz '2025-11-16 18:00:00+00' THEN 'U'
                WHEN (rx_id + k) % 7 = 0 AND disp_ts > timestamptz '2025-11-18 18:00:00+00' THEN 'R'
                WHEN pick_cand > timestamptz '2025-11-30 18:00:00+00' THEN 'R'
                ELSE 'P' END AS st
    FROM f2
    JOIN prod_cat p ON p.prod_id = f2.prod_id
    JOIN pt_mstr pt ON pt.pt_id = f2.pt_id
), f4 AS (
    SELECT f3.*,
           CASE WHEN ins_cd <> 'S' THEN price
                WHEN dob > (disp_ts AT TIME ZONE 'UTC')::date - interval '18 years' THEN 0
                ELSE least(price, greatest(5, least(10, round(price * 0.1, 2)))) END AS copay
    FROM f3
)
SELECT dsp_id, rx_id, k, br,
       5 * (br - 1) + CASE WHEN (rx_id + k) % 3 = 0 THEN 2 ELSE 1 END,
       disp_ts, qty_pk,
       CASE WHEN form_cd IN ('TAB','CAP') THEN least(pack_sz * qty_pk, 360) END,
       copay, price - copay, st,
       CASE WHEN st = 'P' THEN pick_cand END
FROM f4;

-- prescriptions whose every allowed fill has been dispensed are completed
UPDATE rx_hdr r
SET rx_st = 'C'
WHERE r.rx_st = 'A'
  AND (SELECT count(*) FROM dsp_evt d WHERE d.rx_id = r.rx_id) = r.refills_auth + 1;

-- ---------------------------------------------------------------- inv_cnt (inventory counts)
CREATE TABLE inv_cnt (
    cnt_id    integer PRIMARY KEY,
    branch_id integer NOT NULL REFERENCES branch (branch_id),
    prod_id   integer NOT NULL REFERENCES prod_cat (prod_id),
    cnt_dt    date NOT NULL,
    qty_sys   integer NOT NULL,
    qty_cnt   integer NOT NULL,
    cnt_by    integer REFERENCES emp (emp_id)
);
COMMENT ON TABLE inv_cnt IS 'Quarter-end stock counts, one row per product counted';
COMMENT ON COLUMN inv_cnt.qty_sys IS 'packs on hand according to the system at the time of the count';
COMMENT ON COLUMN inv_cnt.qty_cnt IS 'packs physically counted on the shelf';
COMMENT ON COLUMN inv_cnt.cnt_by IS 'employee who counted';

INSERT INTO inv_cnt (cnt_id, branch_id, prod_id, cnt_dt, qty_sys, qty_cnt, cnt_by)
SELECT row_number() OVER (ORDER BY q, b, j),
       b,
       1 + (b * 3 + q * 7 + j * 3) % 40,
       (date '2024-03-31' + q * interval '3 months')::date,
       3 + (b * 7 + q * 5 + j * 11) % 25,
       3 + (b * 7 + q * 5 + j * 11) % 25
         + CASE WHEN (b + q * 3 + j * 5) % 11 = 0 THEN -2
                WHEN (b * q + j) % 17 = 0 THEN -1
                WHEN (b + j * 7 + q) % 23 = 0 THEN 1
                ELSE 0 END,
       5 * (b - 1) + 3
FROM generate_series(1, 12) AS b
CROSS JOIN generate_series(0, 6) AS q
CROSS JOIN generate_series(0, 14) AS j;

-- ---------------------------------------------------------------- stk_mvt (stock movements)
CREATE TABLE stk_mvt (
    mvt_id        integer PRIMARY KEY,
    branch_id     integer NOT NULL REFERENCES branch (branch_id),
    prod_id       integer NOT NULL,
    mvt_ts        timestamptz NOT NULL,
    mvt_cd        char(1) NOT NULL,
    qty_pk        integer NOT NULL,
    unit_cost_eur numeric(8,2),
    lot_no        varchar(12),
    exp_dt        date,
    oth_br        integer REFERENCES branch (branch_id)
);
COMMENT ON TABLE stk_mvt IS 'Every change to a branch''s stock';
COMMENT ON COLUMN stk_mvt.prod_id IS 'product (prod_cat.prod_id)';
COMMENT ON COLUMN stk_mvt.mvt_cd IS 'R = received from the wholesaler, D = dispensed on a prescription, S = sold over the counter (no prescription), T = transferred out to another branch, I = transferred in from another branch, X = written off (expired or damaged), A = correction after an inventory count';
COMMENT ON COLUMN stk_mvt.qty_pk IS 'change in stock, packs: positive = into stock, negative = out of stock';
COMMENT ON COLUMN stk_mvt.unit_cost_eur IS 'purchase cost per pack, EUR';
COMMENT ON COLUMN stk_mvt.lot_no IS 'batch number; only for receipts';
COMMENT ON COLUMN stk_mvt.exp_dt IS 'expiry date of the batch; only for receipts';
COMMENT ON COLUMN stk_mvt.oth_br IS 'the other branch of a transfer; NULL otherwise';

INSERT INTO stk_mvt (mvt_id, branch_id, prod_id, mvt_ts, mvt_cd, qty_pk, unit_cost_eur, lot_no, exp_dt, oth_br)
WITH m AS (
    -- receipts from the wholesaler
    SELECT 1 + g % 12 AS branch_id,
           CASE WHEN 1 + (g * 7) % 40 = 40 AND g > 300 THEN 11 ELSE 1 + (g * 7) % 40 END AS prod_id,
           timestamptz '2024-01-02 06:30:00+00' + g * interval '9 hours 17 minutes' AS mvt_ts,
           'R' AS mvt_cd,
           (1 + g % 5) * 5 AS qty_pk,
           'L' || to_char(date '2024-01-02' + g / 3, 'YYMM') || lpad(((g * 331) % 10000)::text, 4, '0') AS lot_no,
           date '2024-01-02' + g * 9 / 24 + 400 + (g * 13) % 500 AS exp_dt,
           NULL::integer AS oth_br
    FROM generate_series(1, 1800) AS g
    UNION ALL
    -- over-the-counter sales
    SELECT 1 + (g * 5) % 12,
           (ARRAY[1,1,3,3,3,12,24,25,26,27,27,28,29,35,36,36])[1 + (g * 3) % 16],
           timestamptz '2024-01-02 08:10:00+00' + g * interval '6 hours 41 minutes',
           'S',
           -(1 + (g % 7 = 0)::int),
           NULL, NULL, NULL
    FROM generate_series(1, 2500) AS g
    UNION ALL
    -- dispensed on prescription (fills still on the shelf or collected)
    SELECT d.branch_id, r.prod_id, d.disp_ts, 'D', -d.qty_disp, NULL, NULL, NULL
    FROM dsp_evt d JOIN rx_hdr r ON r.rx_id = d.rx_id
    WHERE d.dsp_st IN ('R', 'P')
    UNION ALL
    -- transfers between branches: out ...
    SELECT 1 + g % 12,
           1 + (g * 11) % 39,
           timestamptz '2024-01-08 15:00:00+00' + g * interval '4 days 15 hours',
           'T',
           -(1 + g % 4),
           NULL, NULL,
           1 + (g % 12 + 1 + g % 11) % 12
    FROM generate_series(1, 150) AS g
    UNION ALL
    -- ... and in, the next morning
    SELECT 1 + (g % 12 + 1 + g % 11) % 12,
           1 + (g * 11) % 39,
           timestamptz '2024-01-09 07:30:00+00' + g * interval '4 days 15 hours',
           'I',
           1 + g % 4,
           NULL, NULL,
           1 + g % 12
    FROM generate_series(1, 150) AS g
    UNION ALL
    -- write-offs (expired or damaged)
    SELECT 1 + (g * 7) % 12,
           1 + (g * 11) % 40,
           timestamptz '2024-01-05 17:00:00+00' + g * interval '3 days 4 hours',
           'X',
           -(2 + (g * 3) % 9),
           NULL, NULL, NULL
    FROM generate_series(1, 220) AS g
    UNION ALL
    -- corrections after inventory counts
    SELECT c.branch_id, c.prod_id, (c.cnt_dt + time '20:00') AT TIME ZONE 'UTC', 'A', c.qty_cnt - c.qty_sys, NULL, NULL, NULL
    FROM inv_cnt c
    WHERE c.qty_cnt <> c.qty_sys
)
SELECT row_number() OVER (ORDER BY m.mvt_ts, m.mvt_cd, m.branch_id, m.prod_id, m.qty_pk),
       m.branch_id, m.prod_id, m.mvt_ts, m.mvt_cd, m.qty_pk,
       round(p.list_px_eur * 0.62, 2),
       m.lot_no, m.exp_dt, m.oth_br
FROM m JOIN prod_cat p ON p.prod_id = m.prod_id;

-- Made-up schema: a city's building-permit office (parcels, licensed contractors, permit types
-- and their fee schedule, permit applications, issued permits, field inspectors, inspections,
-- fee payments). Table and column names imitate a municipal IT shop's legacy naming.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 (inspections already booked for the first days of December have no result yet).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS fee_pmt;
DROP TABLE IF EXISTS insp;
DROP TABLE IF EXISTS inspector;
DROP TABLE IF EXISTS prmt;
DROP TABLE IF EXISTS prmt_appl;
DROP TABLE IF EXISTS prmt_type;
DROP TABLE IF EXISTS contr_lic;
DROP TABLE IF EXISTS parcel;

-- ---------------------------------------------------------------- parcel (properties)
CREATE TABLE parcel (
    apn          char(11) PRIMARY KEY,
    situs_addr   text NOT NULL,
    zoning_cd    varchar(3) NOT NULL,
    council_dist smallint NOT NULL,
    lot_sqft     integer NOT NULL,
    yr_built     smallint,
    owner_nm     text NOT NULL,
    in_hist_dist boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN parcel.apn IS 'assessor parcel number, NNN-NNN-NNN';
COMMENT ON COLUMN parcel.situs_addr IS 'street address of the property';
COMMENT ON COLUMN parcel.zoning_cd IS 'R1 = single-family, R2 = duplex, R3 = multi-family, C1 = neighborhood commercial, C2 = general commercial, M1 = light industrial';
COMMENT ON COLUMN parcel.council_dist IS 'city council district, 1-7';
COMMENT ON COLUMN parcel.yr_built IS 'year the main structure was built; NULL = vacant lot';
COMMENT ON COLUMN parcel.in_hist_dist IS 'true = inside the historic preservation overlay district';

INSERT INTO parcel (apn, situs_addr, zoning_cd, council_dist, lot_sqft, yr_built, owner_nm, in_hist_dist)
SELECT lpad((101 + g % 37)::text, 3, '0') || '-' || lpad(((g * 37) % 1000)::text, 3, '0') || '-' || lpad(g::text, 3, '0'),
       (100 + (g * 53) % 9800)::text || ' ' ||
       (ARRAY['N Main St','Oak Ave','Jefferson St','Mission Blvd','Elm St','Sunset Dr','Lincoln Ave','Harbor Way',
              'Quarry Rd','Walnut St','Cedar Ln','Railroad Ave','Grand Ave','S 5th St'])[1 + (g * 5) % 14],
       CASE WHEN g <= 25 THEN 'C2'
            WHEN g <= 40 THEN 'M1'
            ELSE (ARRAY['R1','R1','R1','R1','R1','R1','R1','R1','R1','R1','R1','R1',
                        'R2','R2','R2','R2','R3','R3','C1','C1'])[1 + (g * 11) % 20] END,
       1 + (g * 3) % 7,
       CASE WHEN g <= 40 THEN 12000 + (g * 977) % 40000 ELSE 4200 + (g * 131) % 6800 END,
       CASE WHEN g % 29 = 0 THEN NULL ELSE 1905 + (g * 7) % 118 END,
       CASE WHEN g <= 40 THEN (ARRAY['Harborside Holdings LLC','Quarry Road Partners','Mission Retail Trust',
                                    'Grand Avenue Properties','Northgate Industrial LP','Sunrise Storage Inc'])[1 + g % 6]
            WHEN g % 9 = 0 THEN (ARRAY['Oakline Rentals LLC','Patel Family Trust','Cedar Lane Homes LLC'])[1 + g % 3]
            ELSE (ARRAY['Maria','James','Linda','Robert','Minh','Sarah','David','Aiko','Carlos','Emily',
                        'Michael','Fatima','Thomas','Grace','Daniel','Rosa'])[1 + g % 16] || ' ' ||
                 (ARRAY['Alvarez','Bennett','Chen','Dawson','Estrada','Fischer','Gupta','Hollis','Ibarra','Jensen',
                        'Kowalski','Lindqvist','Moreno','Nakamura','Okafor','Price','Quinn','Reyes','Sullivan'])[1 + (g * 5) % 19]
       END,
       (1 + (g * 3) % 7) = 3 AND g % 4 <> 1
FROM generate_series(1, 600) AS g;

-- ---------------------------------------------------------------- contr_lic (licensed contractors)
CREATE TABLE contr_lic (
    contr_lic_id integer PRIMARY KEY,
    lic_no       varchar(10) NOT NULL UNIQUE,
    business_nm  text NOT NULL,
    lic_class    varchar(3) NOT NULL,
    lic_exp_dt   date NOT NULL,
    bond_amt     numeric(10,2) NOT NULL,
    wc_exempt    boolean NOT NULL DEFAULT false,
    phone        varchar(14)
);
COMMENT ON TABLE contr_lic IS 'Contractors registered with the city, with their state license';
COMMENT ON COLUMN contr_lic.lic_class IS 'B = general building, C10 = electrical, C36 = plumbing, C20 = HVAC, C39 = roofing, C46 = solar, C21 = demolition';
COMMENT ON COLUMN contr_lic.lic_exp_dt IS 'date the state license expires';
COMMENT ON COLUMN contr_lic.wc_exempt IS 'true = exempt from workers'' compensation insurance (no employees)';

INSERT INTO contr_lic (contr_lic_id, lic_no, business_nm, lic_class, lic_exp_dt, bond_amt, wc_exempt, phone) VALUES
    (1,  'CL-481207', 'Hollis & Sons Construction',     'B',   '2026-08-31', 25000.00, false, '(559) 555-0141'),
    (2,  'CL-502118', 'Red Oak Builders',               'B',   '2025-10-31', 25000.00, false, '(559) 555-0142'),
    (3,  'CL-377450', 'Valley Craft Remodeling',        'B',   '2027-03-31', 25000.00, false, '(559) 555-0143'),
    (4,  'CL-610032', 'Summit Ridge General Contractors','B',  '2026-01-31', 25000.00, false, '(559) 555-0144'),
    (5,  'CL-455901', 'J. Alvarez Construction',        'B',   '2025-12-31', 15000.00, true,  '(559) 555-0145'),
    (6,  'CL-588764', 'Northgate Design-Build',         'B',   '2027-06-30', 25000.00, false, '(559) 555-0146'),
    (7,  'CL-433019', 'Benchmark Homes Inc',            'B',   '2026-05-31', 25000.00, false, '(559) 555-0147'),
    (8,  'CL-699215', 'Greenfield Remodel Co',          'B',   '2025-06-30', 15000.00, true,  '(559) 555-0148'),
    (9,  'CL-512876', 'Cornerstone Builders Group',     'B',   '2026-11-30', 25000.00, false, '(559) 555-0149'),
    (10, 'CL-720441', 'Lakeview Custom Homes',          'B',   '2027-09-30', 25000.00, false, '(559) 555-0150'),
    (11, 'CL-398812', 'Bright Line Electric',           'C10', '2026-04-30', 15000.00, false, '(559) 555-0151'),
    (12, 'CL-541167', 'Voltage Pros Inc',               'C10', '2025-09-30', 15000.00, false, '(559) 555-0152'),
    (13, 'CL-602380', 'Sparks Electrical Contracting',  'C10', '2026-10-31', 15000.00, true,  '(559) 555-0153'),
    (14, 'CL-467755', 'Central Valley Electric',        'C10', '2027-01-31', 15000.00, false, '(559) 555-0154'),
    (15, 'CL-733904', 'Ohm Electric & Lighting',        'C10', '2025-12-31', 15000.00, false, '(559) 555-0155'),
    (16, 'CL-384120', 'Reliable Rooter & Plumbing',     'C36', '2026-07-31', 15000.00, false, '(559) 555-0156'),
    (17, 'CL-525639', 'Pipeline Plumbing Co',           'C36', '2027-02-28', 15000.00, false, '(559) 555-0157'),
    (18, 'CL-611478', 'A-1 Drain & Plumbing',           'C36', '2025-03-31', 15000.00, true,  '(559) 555-0158'),
    (19, 'CL-476203', 'Estrada Plumbing Services',      'C36', '2026-09-30', 15000.00, false, '(559) 555-0159'),
    (20, 'CL-558890', 'Comfort Air Mechanical',         'C20', '2026-03-31', 15000.00, false, '(559) 555-0160'),
    (21, 'CL-640017', 'Polar Heating & Cooling',        'C20', '2027-05-31', 15000.00, false, '(559) 555-0161'),
    (22, 'CL-419365', 'Valley Air Systems',             'C20', '2025-11-30', 15000.00, false, '(559) 555-0162'),
    (23, 'CL-705548', 'Desert Breeze HVAC',             'C20', '2026-12-31', 15000.00, true,  '(559) 555-0163'),
    (24, 'CL-392286', 'TopLine Roofing',                'C39', '2026-06-30', 15000.00, false, '(559) 555-0164'),
    (25, 'CL-563741', 'Heritage Roofing & Gutters',     'C39', '2027-08-31', 15000.00, false, '(559) 555-0165'),
    (26, 'CL-678902', 'Shield Roof Systems',            'C39', '2025-08-31', 15000.00, false, '(559) 555-0166'),
    (27, 'CL-447118', 'SunHarvest Solar',               'C46', '2026-02-28', 15000.00, false, '(559) 555-0167'),
    (28, 'CL-596345', 'Brightpath Energy',              'C46', '2027-04-30', 15000.00, false, '(559) 555-0168'),
    (29, 'CL-381567', 'Wrecking Crew Demolition',       'C21', '2026-10-31', 25000.00, false, '(559) 555-0169'),
    (30, 'CL-812004', 'Blue Heron Builders',            'B',   '2027-10-31', 25000.00, true,  '(559) 555-0170'),
    (31, 'CL-809377', 'Current Electric Solutions',     'C10', '2027-11-30', 15000.00, true,  '(559) 555-0171'),
    (32, 'CL-455730', 'Quick Fix Plumbing',             'C36', '2025-07-31', 15000.00, true,  '(559) 555-0172');

-- ---------------------------------------------------------------- prmt_type (permit types and fee schedule)
CREATE TABLE prmt_type (
    type_cd       varchar(4) PRIMARY KEY,
    type_desc     text NOT NULL,
    base_fee      numeric(10,2) NOT NULL,
    fee_per_1k    numeric(10,2) NOT NULL,
    plan_rvw_reqd boolean NOT NULL,
    insp_cnt      smallint NOT NULL
);
COMMENT ON TABLE prmt_type IS 'Permit types with the adopted fee schedule';
COMMENT ON COLUMN prmt_type.base_fee IS 'flat permit fee, USD';
COMMENT ON COLUMN prmt_type.fee_per_1k IS 'additional permit fee per $1,000 (or part) of declared project valuation, USD';
COMMENT ON COLUMN prmt_type.plan_rvw_reqd IS 'true = plans must go through plan review; false = over-the-counter (OTC) permit';
COMMENT ON COLUMN prmt_type.insp_cnt IS 'number of required inspections, including the final';

INSERT INTO prmt_type (type_cd, type_desc, base_fee, fee_per_1k, plan_rvw_reqd, insp_cnt) VALUES
    ('BLDR', 'Residential building (new / addition / remodel)', 350.00, 9.50,  true,  5),
    ('BLDC', 'Commercial building / tenant improvement',        800.00, 7.25,  true,  4),
    ('ELEC', 'Electrical',                                      120.00, 6.00,  false, 2),
    ('PLMB', 'Plumbing',                                        110.00, 6.00,  false, 3),
    ('MECH', 'Mechanical / HVAC',                               115.00, 5.50,  false, 2),
    ('ROOF', 'Re-roof',                                         150.00, 4.00,  false, 2),
    ('SOLR', 'Rooftop solar PV',                                250.00, 0.00,  true,  2),
    ('DEMO', 'Demolition',                                      300.00, 3.00,  true,  1),
    ('FENC', 'Fence / retaining wall',                           85.00, 5.00,  false, 1),
    ('POOL', 'Swimming pool / spa',                             400.00, 8.00,  true,  3);

-- ---------------------------------------------------------------- prmt_appl (permit applications)
CREATE TABLE prmt_appl (
    appl_id      integer PRIMARY KEY,
    apn          char(11) NOT NULL REFERENCES parcel (apn),
    type_cd      varchar(4) NOT NULL REFERENCES prmt_type (type_cd),
    contr_lic_id integer REFERENCES contr_lic (contr_lic_id),
    applicant_nm text NOT NULL,
    work_desc    text NOT NULL,
    valuation    numeric(10,2) NOT NULL,
    expedited    boolean NOT NULL DEFAULT false,
    submitted_dt date NOT NULL,
    appl_status  char(1) NOT NULL,
    decision_dt  date
);
COMMENT ON TABLE prmt_appl IS 'Permit applications as submitted at the counter or online';
COMMENT ON COLUMN prmt_appl.contr_lic_id IS 'contractor doing the work; NULL = owner-builder (the property owner does the work)';
COMMENT ON COLUMN prmt_appl.valuation IS 'declared project valuation, USD';
COMMENT ON COLUMN prmt_appl.expedited IS 'applicant paid for expedited plan review';
COMMENT ON COLUMN prmt_appl.appl_status IS 'R = in plan review, C = returned to applicant for corrections, A = approved (permit issued), D = denied, W = withdrawn by applicant';
COMMENT ON COLUMN prmt_appl.decision_dt IS 'date the application was approved, denied or withdrawn; NULL while still open (R or C)';

INSERT INTO prmt_appl (appl_id, apn, type_cd, contr_lic_id, applicant_nm, work_desc, valuation, expedited,
                       submitted_dt, appl_status, decision_dt)
WITH h AS (
    SELECT g,
           (g::bigint * 2654435761) % 4294967296 AS h1,                  -- multiplicative hashes, to
           (g::bigint * 2246822519 + 3266489917) % 4294967296 AS h2     -- decorrelate the picks below
    FROM generate_series(1, 1800) AS g
), b AS (
    SELECT g, h2,
           CASE WHEN (h1 / 65536) % 10 = 0 THEN 1 + (h1 / 4096) % 40 ELSE 1 + (h1 / 4096) % 560 END AS pidx,
           date '2024-01-02' + ((g - 1) * 697) / 1800 AS raw_dt,
           (ARRAY['BLDR','BLDR','BLDR','BLDR','BLDR','BLDR','ELEC','ELEC','ELEC','PLMB','PLMB',
                  'MECH','MECH','ROOF','ROOF','SOLR','DEMO','FENC','POOL','BLDC'])[1 + (h1 / 1048576) % 20] AS t0
    FROM h
), t AS (
    SELECT b.g, b.h2, p.apn, p.owner_nm, p.zoning_cd,
           raw_dt + CASE extract(isodow FROM raw_dt) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS submitted_dt,
           CASE WHEN t0 = 'BLDR' AND p.zoning_cd IN ('C1','C2','M1') THEN 'BLDC'
                WHEN t0 = 'BLDC' AND p.zoning_cd LIKE 'R%' THEN 'BLDR'
                ELSE t0 END AS type_cd
    FROM b JOIN parcel p ON p.apn = lpad((101 + b.pidx % 37)::text, 3, '0') || '-' || lpad(((b.pidx * 37) % 1000)::text, 3, '0') || '-' || lpad(b.pidx::text, 3, '0')
), c AS (
    SELECT t.*, pt.plan_rvw_reqd,
           CASE WHEN t.type_cd IN ('BLDR','FENC','POOL','ROOF') AND g % 8 = 3 THEN NULL
                WHEN t.type_cd IN ('BLDR','BLDC','FENC','POOL') THEN (ARRAY[1,1,1,2,3,3,3,3,4,4,5,6,6,7,8,9,10,10,1,3])[1 + (h2 / 4096) % 20]
                WHEN t.type_cd = 'DEMO' THEN CASE WHEN (h2 / 4096) % 3 = 0 THEN 6 ELSE 29 END
                WHEN t.type_cd = 'ELEC' THEN (ARRAY[11,11,12,13,14,14,14,15])[1 + (h2 / 4096) % 8]
                WHEN t.type_cd = 'PLMB' THEN (ARRAY[16,17,17,18,19,16,17])[1 + (h2 / 4096) % 7]
                WHEN t.type_cd = 'MECH' THEN (ARRAY[20,21,21,22,23,20,21])[1 + (h2 / 4096) % 7]
                WHEN t.type_cd = 'ROOF' THEN (ARRAY[24,25,24,26,24])[1 + (h2 / 4096) % 5]
                ELSE (ARRAY[27,28,27])[1 + (h2 / 4096) % 3] END AS contr_lic_id,
           CASE t.type_cd
                WHEN 'BLDR' THEN 8000 + (g * 1237) % 240000 + CASE WHEN g % 7 = 0 THEN 0.50 ELSE 0 END
                WHEN 'BLDC' THEN 40000 + (g * 7919) % 2400000
                WHEN 'ELEC' THEN 800 + (g * 131) % 24000
                WHEN 'PLMB' THEN 600 + (g * 97) % 18000
                WHEN 'MECH' THEN 4500 + (g * 211) % 22000 + CASE WHEN g % 3 = 0 THEN 0.75 ELSE 0 END
                WHEN 'ROOF' THEN 7000 + (g * 173) % 38000
                WHEN 'SOLR' THEN 12000 + (g * 389) % 45000
                WHEN 'DEMO' THEN 5000 + (g * 619) % 60000
                WHEN 'FENC' THEN 1500 + (g * 53) % 9000
                ELSE 35000 + (g * 911) % 90000 END AS valuation,
           pt.plan_rvw_reqd AND g % 11 = 0 AS expedited,
           CASE WHEN pt.plan_rvw_reqd THEN (14 + (g * 13) % 50) / CASE WHEN g % 11 = 0 THEN 2 ELSE 1 END
                WHEN g % 5 = 0 THEN 1 ELSE 0 END AS review_days
    FROM t JOIN prmt_type pt ON pt.type_cd = t.type_cd
), d AS (
    SELECT c.*,
           (submitted_dt + review_days) + CASE extract(isodow FROM submitted_dt + review_days) WHEN 6 THEN 2 WHEN 7 THEN 1 ELSE 0 END AS dec_dt
    FROM c
), s AS (
    SELECT d.*,
           CASE WHEN g % 29 = 0 AND submitted_dt + 9 + g % 20 <= date '2025-11-30' THEN 'W'
                WHEN g % 29 = 0 THEN 'R'
                WHEN dec_dt > date '2025-11-30' THEN CASE WHEN plan_rvw_reqd AND g % 3 = 0 THEN 'C' ELSE 'R' END
                WHEN plan_rvw_reqd AND g % 19 = 0 THEN 'D'
                WHEN plan_rvw_reqd AND g % 37 = 0 THEN 'C'
                ELSE 'A' END AS appl_status
    FROM d
)
SELECT g, apn, type_cd, contr_lic_id,
       CASE WHEN contr_lic_id IS NULL OR g % 4 = 0 THEN owner_nm
            ELSE (ARRAY['Kevin Marsh','Lupe Ortega','Dana Whitfield','Raj Malhotra','Sandra Yee','Tom Brandt',
                        'Alicia Romero','Greg Pham','Monica Ellis','Victor Salas','Irene Kaplan'])[1 + (g * 5) % 11] END,
       (CASE type_cd
            WHEN 'BLDR' THEN ARRAY['Kitchen remodel','Room addition','Bathroom remodel','New ADU','Second-story addition','Garage conversion to ADU']
            WHEN 'BLDC' THEN ARRAY['Tenant improvement, retail','Tenant improvement, office','New warehouse shell','Restaurant build-out']
            WHEN 'ELEC' THEN ARRAY['Panel upgrade to 200A','EV charger circuit','Rewire','Service relocation']
            WHEN 'PLMB' THEN ARRAY['Water heater replacement','Sewer lateral repair','Repipe','Gas line']
            WHEN 'MECH' THEN ARRAY['HVAC changeout','New ductwork','Heat pump install']
            WHEN 'ROOF' THEN ARRAY['Tear-off and re-roof, comp shingle','Re-roof, tile','Overlay re-roof']
            WHEN 'SOLR' THEN ARRAY['Rooftop PV system','Rooftop PV with battery storage']
            WHEN 'DEMO' THEN ARRAY['Demolish detached garage','Demolish single-family dwelling','Interior demolition']
            WHEN 'FENC' THEN ARRAY['6 ft wood fence','Masonry retaining wall']
            ELSE ARRAY['In-ground pool and spa','In-ground pool'] END)[1 + g % 2],
       valuation, expedited, submitted_dt, appl_status,
       CASE appl_status WHEN 'W' THEN submitted_dt + 9 + g % 20
                        WHEN 'A' THEN dec_dt
                        WHEN 'D' THEN dec_dt END
FROM s;

-- ---------------------------------------------------------------- prmt (issued permits)
CREATE TABLE prmt (
    prmt_id    integer PRIMARY KEY,
    prmt_no    varchar(14) NOT NULL UNIQUE,
    appl_id    integer NOT NULL UNIQUE REFERENCES prmt_appl (appl_id),
    issued_dt  date NOT NULL,
    expires_dt date NOT NULL,
    prmt_stat  char(1) NOT NULL,
    finaled_dt date,
    fee_total  numeric(10,2) NOT NULL
);
COMMENT ON COLUMN prmt.prmt_stat IS 'I = issued (active), F = finaled (closed after passing final inspection), X = expired, V = void (revoked)';
COMMENT ON COLUMN prmt.finaled_dt IS 'date the final inspection passed; NULL = not finaled';
COMMENT ON COLUMN prmt.fee_total IS 'permit fee assessed at issuance, USD (base fee + valuation fee, +50% when expedited)';

INSERT INTO prmt (prmt_id, prmt_no, appl_id, issued_dt, expires_dt, prmt_stat, finaled_dt, fee_total)
WITH a AS (
    SELECT a.appl_id, a.type_cd, a.decision_dt, a.expedited,
           round((pt.base_fee + pt.fee_per_1k * ceil(a.valuation / 1000.0)) * CASE WHEN a.expedited THEN 1.5 ELSE 1 END, 2) AS fee,
           row_number() OVER (ORDER BY a.decision_dt, a.appl_id) AS rn
    FROM prmt_appl a JOIN prmt_type pt ON pt.type_cd = a.type_cd
    WHERE a.appl_status = 'A'
)
SELECT rn, type_cd || '-' || to_char(decision_dt, 'YY') || '-' || lpad(rn::text, 5, '0'), appl_id,
       decision_dt, decision_dt + 365, 'I', NULL, fee
FROM a;

-- ---------------------------------------------------------------- inspector
CREATE TABLE inspector (
    inspector_id smallint PRIMARY KEY,
    full_nm      text NOT NULL,
    discipline   varchar(12) NOT NULL,
    hire_dt      date NOT NULL,
    is_active    boolean NOT NULL DEFAULT true
);

INSERT INTO inspector (inspector_id, full_nm, discipline, hire_dt, is_active) VALUES
    (1,  'Frank Delgado',     'building',   '2009-04-13', true),
    (2,  'Karen Whitlock',    'building',   '2016-08-01', true),
    (3,  'Hector Ruiz',       'building',   '2012-02-21', true),
    (4,  'Janet Okonkwo',     'building',   '2019-05-06', true),
    (5,  'Paul Lindgren',     'building',   '2022-09-12', true),
    (6,  'Steve Yamada',      'electrical', '2011-10-03', true),
    (7,  'Rachel Byers',      'electrical', '2020-01-21', true),
    (8,  'Luis Carrillo',     'plumbing',   '2014-06-16', true),
    (9,  'Donna Pruitt',      'mechanical', '2018-03-05', true),
    (10, 'Marcus Bell',       'combination','2015-11-09', true),
    (11, 'Ingrid Solberg',    'combination','2021-07-19', true),
    (12, 'Tyler Nguyen',      'building',   '2025-11-24', true),
    (13, 'Walter Hanes',      'building',   '1994-03-14', false);

-- ---------------------------------------------------------------- insp (field inspections)
CREATE TABLE insp (
    insp_id      integer PRIMARY KEY,
    prmt_id      integer NOT NULL,
    insp_type    varchar(12) NOT NULL,
    sched_dt     date NOT NULL,
    inspector_id smallint REFERENCES inspector (inspector_id),
    result_cd    char(1),
    reinsp_of    integer REFERENCES insp (insp_id),
    insp_notes   text
);
COMMENT ON TABLE insp IS 'Field inspections, one row per inspection visit (re-inspections are their own rows)';
COMMENT ON COLUMN insp.prmt_id IS 'permit inspected (prmt.prmt_id); no FK, rows come from the IVR scheduling system';
COMMENT ON COLUMN insp.insp_type IS 'FOOTING, FRAMING, INSUL, DRYWALL, ELEC ROUGH, PLMB UG, PLMB ROUGH, MECH ROUGH, ROOF SHTG, PV ROUGH, POOL STEEL, POOL PREPL, FINAL';
COMMENT ON COLUMN insp.result_cd IS 'P = pass, F = fail (correction notice issued), N = not ready / no access, C = cancelled by applicant; NULL = scheduled, not performed yet';
COMMENT ON COLUMN insp.reinsp_of IS 'for a re-inspection: the failed or not-ready inspection (insp_id) it follows up; NULL for a first inspection';

INSERT INTO insp (insp_id, prmt_id, insp_type, sched_dt, inspector_id, result_cd, reinsp_of, insp_notes)
WITH seqs (type_cd, seq) AS (
    VALUES ('BLDR', ARRAY['FOOTING','FRAMING','INSUL','DRYWALL','FINAL']),
           ('BLDC', ARRAY['FOOTING','FRAMING','INSUL','FINAL']),
           ('ELEC', ARRAY['ELEC ROUGH','FINAL']),
           ('PLMB', ARRAY['PLMB UG','PLMB ROUGH','FINAL']),
           ('MECH', ARRAY['MECH ROUGH','FINAL']),
           ('ROOF', ARRAY['ROOF SHTG','FINAL']),
           ('SOLR', ARRAY['PV ROUGH','FINAL']),
           ('DEMO', ARRAY['FINAL']),
           ('FENC', ARRAY['FINAL']),
           ('POOL', ARRAY['POOL STEEL','POOL PREPL','FINAL'])
), st AS (
    SELECT p.prmt_id, a.type_cd, k, s.seq[k] AS insp_type,
           p.issued_dt + k * (15 + p.prmt_id % 8) AS raw_dt,
           (p.prmt_id * 7 + k * 11) % 100 AS h
    FROM prmt p
    JOIN prmt_appl a ON a.appl_id = p.appl_id
    JOIN seqs s ON s.type_cd = a.type_cd
    CROSS JOIN LATERAL generate_subscripts(s.seq, 1) AS k
    WHERE p.prmt_id % 41 <> 0                      -- voided permits never got inspected
      AND (p.prmt_id % 13 <> 0 OR k = 1)           -- stalled jobs: only the first inspection
), m AS (
    SELECT st.*, raw_dt + CASE extract(isodow FROM raw_dt) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS d0,
           CASE WHEN h < 18 THEN 'F' WHEN h < 23 THEN 'N' WHEN h < 26 THEN 'C' ELSE 'P' END AS r0,
           CASE WHEN (prmt_id + k) % 6 = 0 THEN 'F' ELSE 'P' END AS r1
    FROM st
), f1 AS (
    SELECT m.*, (d0 + CASE WHEN r0 = 'C' THEN 2 ELSE 4 END) AS raw1 FROM m
), f2 AS (
    SELECT f1.*, raw1 + CASE extract(isodow FROM raw1) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS d1 FROM f1
), f3 AS (
    SELECT f2.*, (d1 + 4) + CASE extract(isodow FROM d1 + 4) WHEN 6 THEN -1 WHEN 7 THEN 1 ELSE 0 END AS d2 FROM f2
), rows_all AS (
    SELECT prmt_id, type_cd, k, 0 AS att, insp_type, d0 AS sched_dt, r0 AS res, false AS is_reinsp FROM f3
    UNION ALL
    SELECT prmt_id, type_cd, k, 1, insp_type, d1, CASE WHEN r0 = 'C' THEN 'P' ELSE r1 END, r0 <> 'C' FROM f3 WHERE r0 IN ('F','N','C')
    UNION ALL
    SELECT prmt_id, type_cd, k, 2, insp_type, d2, 'P', true FROM f3 WHERE r0 IN ('F','N') AND r1 = 'F'
), cut AS (
    SELECT r.*,
           count(*) FILTER (WHERE sched_dt > date '2025-11-30')
               OVER (PARTITION BY prmt_id ORDER BY sched_dt ROWS UNBOUNDED PRECEDING) AS n_future
    FROM rows_all r
), kept AS (
    SELECT * FROM cut
    WHERE sched_dt <= date '2025-11-30' OR (n_future = 1 AND sched_dt <= date '2025-12-12')
), ids AS (
    SELECT kept.*, row_number() OVER (ORDER BY sched_dt, prmt_id, k, att) AS insp_id
    FROM kept
), lnk AS (
    SELECT ids.*, lag(insp_id) OVER (PARTITION BY prmt_id, k ORDER BY att) AS prev_id
    FROM ids
)
SELECT insp_id, prmt_id, insp_type, sched_dt,
       CASE WHEN sched_dt < date '2024-10-01' AND (prmt_id + k) % 5 = 0
                 AND NOT (insp_type IN ('ELEC ROUGH','PV ROUGH','PLMB UG','PLMB ROUGH','MECH ROUGH')
                          OR (insp_type = 'FINAL' AND type_cd IN ('ELEC','SOLR','PLMB','MECH'))) THEN 13
            WHEN insp_type IN ('ELEC ROUGH','PV ROUGH') OR (insp_type = 'FINAL' AND type_cd IN ('ELEC','SOLR'))
                 THEN (ARRAY[6,7,6,10])[1 + (prmt_id + k + att) % 4]
            WHEN insp_type IN ('PLMB UG','PLMB ROUGH','MECH ROUGH') OR (insp_type = 'FINAL' AND type_cd IN ('PLMB','MECH'))
                 THEN (ARRAY[8,9,11,8,9])[1 + (prmt_id * 2 + k + att) % 5]
            ELSE (ARRAY[1,2,3,4,5,10,1,3,11,4])[1 + (prmt_id * 3 + k + att) % 10] END,
       CASE WHEN sched_dt > date '2025-11-30' THEN NULL ELSE res END,
       CASE WHEN is_reinsp THEN prev_id END,
       CASE WHEN sched_dt > date '2025-11-30' THEN NULL
            WHEN res = 'F' THEN (ARRAY['Missing hold-downs at shear wall','Smoke/CO alarms not installed','GFCI protection missing',
                                       'Inadequate fire blocking','Approved plans not on site','Venting does not meet code',
                                       'Guardrail height below 42 in'])[1 + (prmt_id + k) % 7]
            WHEN res = 'N' THEN 'Work not ready / no access'
            WHEN res = 'C' THEN 'Cancelled by applicant' END
FROM lnk;

-- finals and statuses follow from the inspections
UPDATE prmt p
SET finaled_dt = f.dt
FROM (
    SELECT i.prmt_id, min(i.sched_dt) AS dt
    FROM insp i
    WHERE i.insp_type = 'FINAL' AND i.result_cd = 'P'
    GROUP BY i.prmt_id
) f
WHERE f.prmt_id = p.prmt_id;

UPDATE prmt
SET prmt_stat = CASE WHEN prmt_id % 41 = 0 THEN 'V'
                     WHEN finaled_dt IS NOT NULL THEN 'F'
                     WHEN expires_dt < date '2025-11-30' AND prmt_id % 3 <> 0 THEN 'X'
                     ELSE 'I' END;

-- ---------------------------------------------------------------- fee_pmt (fee payments)
CREATE TABLE fee_pmt (
    pmt_id   integer PRIMARY KEY,
    appl_id  integer NOT NULL REFERENCES prmt_appl (appl_id),
    fee_cd   varchar(4) NOT NULL,
    amt      numeric(10,2) NOT NULL,
    paid_dt  date NOT NULL,
    pay_mthd varchar(5) NOT NULL,
    rcpt_no  varchar(14) NOT NULL
);
COMMENT ON COLUMN fee_pmt.fee_cd IS 'PLCK = plan check fee, EXPD = expedited review fee, PRMT = permit fee, REIN = re-inspection fee';
COMMENT ON COLUMN fee_pmt.amt IS 'amount paid, USD';
COMMENT ON COLUMN fee_pmt.pay_mthd IS 'CARD, CHECK, ACH or CASH';

INSERT INTO fee_pmt (pmt_id, appl_id, fee_cd, amt, paid_dt, pay_mthd, rcpt_no)
WITH f AS (
    SELECT a.appl_id, 1 AS ord, 'PLCK' AS fee_cd,
           round(pt.base_fee * 0.75 + a.valuation * 0.0025, 2) AS amt, a.submitted_dt AS paid_dt
    FROM prmt_appl a JOIN prmt_type pt ON pt.type_cd = a.type_cd
    WHERE pt.plan_rvw_reqd
    UNION ALL
    SELECT appl_id, 2, 'EXPD', 250.00, submitted_dt FROM prmt_appl WHERE expedited
    UNION ALL
    SELECT appl_id, 3, 'PRMT', fee_total, issued_dt FROM prmt
    UNION ALL
    SELECT p.appl_id, 4, 'REIN', CASE WHEN i.sched_dt < date '2025-07-01' THEN 110.00 ELSE 125.00 END, i.sched_dt - 1
    FROM insp i JOIN prmt p ON p.prmt_id = i.prmt_id
    WHERE i.reinsp_of IS NOT NULL AND i.sched_dt - 1 <= date '2025-11-30'
), n AS (
    SELECT f.*, row_number() OVER (ORDER BY paid_dt, appl_id, ord) AS rn FROM f
)
SELECT rn, appl_id, fee_cd, amt, paid_dt,
       (ARRAY['CARD','CHECK','ACH','CARD','CASH','CARD','CHECK'])[1 + (appl_id + ord) % 7],
       'R' || to_char(paid_dt, 'YYMMDD') || '-' || lpad(rn::text, 5, '0')
FROM n;

SET TIME ZONE 'UTC';
-- Made-up schema: a water-testing laboratory (LIMS): clients, sampling sites, samples received,
-- test methods / analytes with their limits, test results, instruments, analysts, invoices.
-- Links without a foreign key: tst_res.inst_id -> instr.inst_id, tst_res.anl_id -> analyst.anl_id,
-- inv_hdr.cl_id -> client.client_id.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS inv_hdr;
DROP TABLE IF EXISTS tst_res;
DROP TABLE IF EXISTS smp_rcv;
DROP TABLE IF EXISTS smp_site;
DROP TABLE IF EXISTS tst_mth;
DROP TABLE IF EXISTS instr;
DROP TABLE IF EXISTS analyst;
DROP TABLE IF EXISTS client;

-- ---------------------------------------------------------------- client
CREATE TABLE client (
    client_id    integer PRIMARY KEY,
    client_nm    text NOT NULL,
    client_typ   char(1) NOT NULL,
    city         text NOT NULL,
    email        text,
    contract_dt  date NOT NULL,
    is_active    boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE client IS 'Customers who send water samples to the lab';
COMMENT ON COLUMN client.client_typ IS 'M = municipality / water utility, I = industrial company, P = private person (household, farm), E = environmental consultancy';
COMMENT ON COLUMN client.contract_dt IS 'date the service contract was signed';

INSERT INTO client (client_id, client_nm, client_typ, city, email, contract_dt, is_active) VALUES
    (1,  'Vechtstreek Water Utility',        'M', 'Zwolle',     'lab@vechtstreek-water.example',  '2019-03-01', true),
    (2,  'Hollandse Brouwerij BV',           'I', 'Deventer',   'qa@hollandsebrouwerij.example',  '2020-06-15', true),
    (3,  'J. de Vries (private well)',       'P', 'Apeldoorn',  NULL,                             '2023-04-11', true),
    (4,  'GeoAqua Consultants',              'E', 'Utrecht',    'projects@geoaqua.example',       '2018-09-01', true),
    (5,  'Municipality of Arnhem',           'M', 'Arnhem',     'water@arnhem.example',           '2017-01-20', true),
    (6,  'Rijnland Dairy Cooperative',       'I', 'Nijmegen',   'env@rijnlanddairy.example',      '2021-02-01', true),
    (7,  'Hoeve Bakker Farm',                'P', 'Zutphen',    'hoevebakker@example.com',        '2022-08-30', true),
    (8,  'Delta Environmental',              'E', 'Rotterdam',  'lab@delta-env.example',          '2019-11-05', true),
    (9,  'IJssel Drinking Water Company',    'M', 'Deventer',   'quality@ijsselwater.example',    '2016-05-01', true),
    (10, 'Oostpaper Mill',                   'I', 'Apeldoorn',  'hse@oostpaper.example',          '2020-01-10', true),
    (11, 'M. Jansen (household)',            'P', 'Ede',        'm.jansen@example.com',           '2024-01-15', true),
    (12, 'Veluwe Soil & Water',              'E', 'Ede',        'info@veluwesw.example',          '2021-07-01', true),
    (13, 'Municipality of Ede',              'M', 'Ede',        'drinkwater@ede.example',         '2018-03-12', true),
    (14, 'Achterhoek Chemicals',             'I', 'Doetinchem', 'compliance@achemicals.example',  '2019-05-20', true),
    (15, 'Camping De Berken',                'P', 'Epe',        'info@deberken.example',          '2023-05-01', true),
    (16, 'Hydrotest Advies',                 'E', 'Amersfoort', 'advies@hydrotest.example',       '2020-10-01', true),
    (17, 'Waterschap Vallei',                'M', 'Amersfoort', 'lab@waterschapvallei.example',   '2015-09-01', true),
    (18, 'Twente Metalworks',                'I', 'Enschede',   NULL,                             '2022-02-14', true),
    (19, 'A. Smit (private well)',           'P', 'Hengelo',    'asmit@example.com',              '2023-09-09', false),
    (20, 'BodemZorg Consultancy',            'E', 'Zwolle',     'bodemzorg@example.com',          '2019-01-07', true),
    (21, 'Municipality of Zutphen',          'M', 'Zutphen',    'water@zutphen.example',          '2018-12-01', true),
    (22, 'Salland Food Processing',          'I', 'Raalte',     'qa@sallandfood.example',         '2021-04-19', true),
    (23, 'Manege Het Zand',                  'P', 'Nunspeet',   NULL,                             '2024-03-03', true),
    (24, 'Aquanova Environmental',           'E', 'Arnhem',     'lab@aquanova.example',           '2022-06-01', true),
    (25, 'Gelderland Water Board',           'M', 'Nijmegen',   'quality@gelderlandwb.example',   '2016-02-01', true),
    (26, 'Dinkel Textile Finishing',         'I', 'Enschede',   'env@dinkeltextile.example',      '2020-09-15', true),
    (27, 'P. Mulder (household)',            'P', 'Deventer',   'pmulder@example.com',            '2024-06-20', true),
    (28, 'EcoSample Field Services',         'E', 'Utrecht',    'ops@ecosample.example',          '2023-01-16', true),
    (29, 'Municipality of Hengelo',          'M', 'Hengelo',    'water@hengelo.example',          '2017-10-10', true),
    (30, 'Berkel Galvanizing',               'I', 'Lochem',     'hse@berkelgalv.example',         '2019-08-01', true),
    (31, 'Zorgboerderij De Linde',           'P', 'Lochem',     'delinde@example.com',            '2022-11-11', true),
    (32, 'Municipality of Epe',              'M', 'Epe',        'drinkwater@epe.example',         '2020-04-01', true),
    (33, 'Kampen Shipyard',                  'I', 'Kampen',     'hse@kampenyard.example',         '2021-12-01', true),
    (34, 'T. Visser (private well)',         'P', 'Kampen',     NULL,                             '2024-02-02', true),
    (35, 'Rivierenland Ecology',             'E', 'Tiel',       'lab@rivierenland-eco.example',   '2022-03-28', true),
    (36, 'Municipality of Tiel',             'M', 'Tiel',       'water@tiel.example',             '2025-05-01', true),
    (37, 'Lochem Cheese Factory',            'I', 'Lochem',     'qa@lochemcheese.example',        '2025-02-10', true),
    (38, 'R. Bos (household)',               'P', 'Raalte',     'rbos@example.com',               '2025-06-01', true),
    (39, 'Clearwater Advisory',              'E', 'Doetinchem', 'hello@clearwater.example',       '2025-08-18', true),
    (40, 'Nunspeet Holiday Park',            'I', 'Nunspeet',   NULL,                             '2024-11-25', false);

-- ---------------------------------------------------------------- smp_site (sampling points)
CREATE TABLE smp_site (
    site_id    integer PRIMARY KEY,
    client_id  integer NOT NULL REFERENCES client (client_id),
    site_cd    varchar(8) NOT NULL,
    site_desc  text NOT NULL,
    src_typ    char(2) NOT NULL,
    depth_m    numeric(5,1),
    lat        numeric(8,5),
    lon        numeric(8,5)
);
COMMENT ON TABLE smp_site IS 'Sampling points (wells, taps, rivers, outfalls) owned by clients';
COMMENT ON COLUMN smp_site.src_typ IS 'GW = groundwater well, SW = surface water (river, lake, canal), DW = drinking water tap, WW = wastewater effluent';
COMMENT ON COLUMN smp_site.depth_m IS 'well depth in metres below ground; only for groundwater wells, NULL when unknown or not a well';

INSERT INTO smp_site (site_id, client_id, site_cd, site_desc, src_typ, depth_m, lat, lon)
WITH s AS (
    SELECT g,
           CASE WHEN g <= 100 THEN 1 + (g - 1) % 35 ELSE 36 + g % 2 END AS client_id
    FROM generate_series(1, 110) AS g
), t AS (
    SELECT s.g, s.client_id, c.city,
           CASE c.client_typ
                WHEN 'M' THEN (ARRAY['DW','GW','SW'])[1 + s.g % 3]
                WHEN 'I' THEN (ARRAY['WW','SW','GW'])[1 + s.g % 3]
                WHEN 'P' THEN (ARRAY['GW','DW'])[1 + s.g % 2]
                ELSE          (ARRAY['GW','SW'])[1 + s.g % 2] END AS src_typ
    FROM s JOIN client c ON c.client_id = s.client_id
)
SELECT g, client_id,
       'S-' || lpad(g::text, 3, '0'),
       CASE src_typ WHEN 'GW' THEN 'Monitoring well ' WHEN 'SW' THEN 'Surface water point ' WHEN 'DW' THEN 'Tap ' ELSE 'Effluent outfall ' END
           || city || ' #' || g,
       src_typ,
       CASE WHEN src_typ = 'GW' AND g % 17 <> 0 THEN 4 + (g * 13) % 70 + (g % 10) / 10.0 END,
       51.80000 + ((g * 7) % 100) / 200.0,
       5.60000 + ((g * 13) % 150) / 100.0
FROM t;

-- ---------------------------------------------------------------- tst_mth (test methods / analytes)
CREATE TABLE tst_mth (
    mth_id      integer PRIMARY KEY,
    mth_cd      varchar(16) NOT NULL,
    analyte_nm  text NOT NULL,
    unit_cd     varchar(12) NOT NULL,
    lim_lo      numeric(10,4),
    lim_hi      numeric(10,4),
    price_eur   numeric(7,2) NOT NULL,
    tat_d       smallint NOT NULL
);
COMMENT ON TABLE tst_mth IS 'Test methods; one analyte per method row';
COMMENT ON COLUMN tst_mth.unit_cd IS 'unit in which results (tst_res.res_val) and limits of this method are reported, e.g. mg/L, CFU/100mL, NTU, pH';
COMMENT ON COLUMN tst_mth.lim_lo IS 'lower regulatory limit in unit_cd; a result below it fails; NULL = no lower limit';
COMMENT ON COLUMN tst_mth.lim_hi IS 'upper regulatory limit in unit_cd; a result above it fails; NULL = no upper limit';
COMMENT ON COLUMN tst_mth.tat_d IS 'standard turnaround time in working days';

INSERT INTO tst_mth (mth_id, mth_cd, analyte_nm, unit_cd, lim_lo, lim_hi, price_eur, tat_d) VALUES
    (1,  'EPA 200.8',    'Lead',             'mg/L',       NULL, 0.010, 38.00, 5),
    (2,  'EPA 200.8',    'Copper',           'mg/L',       NULL, 2.0,   32.00, 5),
    (3,  'EPA 200.8',    'Arsenic',          'mg/L',       NULL, 0.010, 38.00, 5),
    (4,  'ISO 10304-1',  'Nitrate',          'mg/L',       NULL, 50,    24.00, 3),
    (5,  'ISO 11885',    'Iron',             'mg/L',       NULL, 0.200, 22.00, 4),
    (6,  'ISO 11885',    'Manganese',        'mg/L',       NULL, 0.050, 22.00, 4),
    (7,  'ISO 9308-1',   'E. coli',          'CFU/100mL',  NULL, 0,     45.00, 2),
    (8,  'ISO 9308-1',   'Total coliforms',  'CFU/100mL',  NULL, 0,     45.00, 2),
    (9,  'ISO 10523',    'pH',               'pH',         6.5,  9.5,   12.00, 1),
    (10, 'ISO 7027',     'Turbidity',        'NTU',        NULL, 4,     15.00, 1),
    (11, 'ISO 6059',     'Total hardness',   'mg/L CaCO3', NULL, NULL,  18.00, 2),
    (12, 'ISO 5815-1',   'BOD5',             'mg/L',       NULL, 25,    40.00, 6),
    (13, 'ISO 15705',    'COD',              'mg/L',       NULL, 125,   30.00, 3),
    (14, 'EN 872',       'Suspended solids', 'mg/L',       NULL, 35,    20.00, 2),
    (15, 'ISO 11732',    'Ammonium',         'mg/L',       NULL, 10,    26.00, 3),
    (16, 'ISO 6878',     'Total phosphorus', 'mg/L',       NULL, 2,     26.00, 3),
    (17, 'ISO 5814',     'Dissolved oxygen', 'mg/L',       5,    NULL,  14.00, 1);

-- ---------------------------------------------------------------- instr (instruments)
CREATE TABLE instr (
    inst_id      integer PRIMARY KEY,
    inst_nm      text NOT NULL,
    inst_typ     varchar(20) NOT NULL,
    serial_no    varchar(20) NOT NULL,
    lab_room     varchar(6),
    last_cal_dt  date,
    in_svc       boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN instr.in_svc IS 'true = in service; false = out of service (broken, under repair or retired)';
COMMENT ON COLUMN instr.last_cal_dt IS 'date of the last calibration';

INSERT INTO instr (inst_id, inst_nm, inst_typ, serial_no, lab_room, last_cal_dt, in_svc) VALUES
    (1,  'ICP-MS Agilent 7900 #1',       'ICP-MS',        'AG7900-1187', 'C2.01', '2025-10-14', true),
    (2,  'ICP-MS Agilent 7900 #2',       'ICP-MS',        'AG7900-2204', 'C2.01', '2025-07-02', false),
    (3,  'ICP-OES Thermo iCAP 7400',     'ICP-OES',       'TI7400-0931', 'C2.02', '2025-09-30', true),
    (4,  'Ion chromatograph Metrohm',    'IC',            'MH930-5512',  'C2.03', '2025-11-03', true),
    (5,  'Incubator Memmert IN110 A',    'Incubator',     'MM110-7781',  'M1.01', '2025-06-20', true),
    (6,  'Incubator Memmert IN110 B',    'Incubator',     'MM110-7782',  'M1.01', '2025-06-20', false),
    (7,  'pH meter Mettler S470 #1',     'pH meter',      'MT470-0412',  'C1.05', '2025-11-25', true),
    (8,  'pH meter Mettler S470 #2',     'pH meter',      'MT470-0413',  'C1.05', '2025-11-25', true),
    (9,  'Turbidimeter Hach TL2360',     'Turbidimeter',  'HT2360-3320', 'C1.05', '2025-08-08', true),
    (10, 'Autotitrator Metrohm 905',     'Titrator',      'MH905-2210',  'C1.06', '2025-09-12', true),
    (11, 'BOD incubator Lovibond ET618', 'Incubator',     'LV618-1044',  'C1.07', '2025-03-01', true),
    (12, 'Spectrophotometer Hach DR6000','Spectrophotometer','HD6000-8812','C1.06', '2025-10-01', true),
    (13, 'Analytical balance Sartorius', 'Balance',       'SA224-6631',  'C1.07', '2025-11-10', true),
    (14, 'Autoanalyzer Skalar San++',    'Autoanalyzer',  'SK-SAN-4471', 'C2.03', '2025-05-22', true),
    (15, 'DO meter YSI ProODO',          'DO meter',      'YSI-ODO-902', 'C1.05', '2025-11-01', true),
    (16, 'ICP-OES Varian 720 (old)',     'ICP-OES',       'VR720-0077',  NULL,    '2022-12-15', false),
    (17, 'Colony counter Stuart SC6',    'Colony counter','ST-SC6-3310', 'M1.02', NULL,         true);

-- ---------------------------------------------------------------- analyst
CREATE TABLE analyst (
    anl_id     integer PRIMARY KEY,
    full_name  text NOT NULL,
    initials   varchar(4) NOT NULL,
    qual_lvl   char(1) NOT NULL,
    hire_dt    date NOT NULL,
    is_active  boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN analyst.qual_lvl IS 'T = trainee, A = analyst, S = senior analyst, Q = QA officer (reviews, does not run tests)';
COMMENT ON COLUMN analyst.is_active IS 'false = has left the lab';

INSERT INTO analyst (anl_id, full_name, initials, qual_lvl, hire_dt, is_active) VALUES
    (1,  'Sanne Vermeulen',   'SV',  'S', '2012-04-01', true),
    (2,  'Thomas de Groot',   'TdG', 'A', '2018-09-01', true),
    (3,  'Fatma Yilmaz',      'FY',  'A', '2020-02-17', true),
    (4,  'Lars Hendriks',     'LH',  'T', '2024-09-02', true),
    (5,  'Eva Kuipers',       'EK',  'A', '2016-11-14', true),
    (6,  'Pieter van Dijk',   'PvD', 'S', '2010-06-01', true),
    (7,  'Noor El Amrani',    'NEA', 'T', '2025-01-06', true),
    (8,  'Bram Willems',      'BW',  'A', '2021-03-22', true),
    (9,  'Ingrid Postma',     'IP',  'S', '2014-08-18', true),
    (10, 'Daan Meijer',       'DM',  'A', '2019-05-06', true),
    (11, 'Sofia Rossi',       'SR',  'T', '2024-02-12', true),
    (12, 'Kees Brouwer',      'KB',  'A', '2017-01-09', true),
    (13, 'Marieke Dekker',    'MD',  'Q', '2013-10-01', true),
    (14, 'Joost Lammers',     'JL',  'A', '2015-03-16', false);

-- ---------------------------------------------------------------- smp_rcv (samples received)
CREATE TABLE smp_rcv (
    smp_id      integer PRIMARY KEY,
    site_id     integer NOT NULL REFERENCES smp_site (site_id),
    coc_no      varchar(12) NOT NULL,
    coll_ts     timestamptz NOT NULL,
    rcv_ts      timestamptz NOT NULL,
    temp_rcv_c  numeric(4,1),
    vol_ml      integer NOT NULL,
    rush_flg    boolean NOT NULL DEFAULT false,
    smp_stat    char(1) NOT NULL
);
COMMENT ON TABLE smp_rcv IS 'Samples logged in at the reception desk';
COMMENT ON COLUMN smp_rcv.coc_no IS 'chain-of-custody form number';
COMMENT ON COLUMN smp_rcv.coll_ts IS 'when the sample was taken in the field';
COMMENT ON COLUMN smp_rcv.rcv_ts IS 'when the sample arrived at the lab';
COMMENT ON COLUMN smp_rcv.temp_rcv_c IS 'sample temperature on arrival, degrees Celsius; NULL = not measured';
COMMENT ON COLUMN smp_rcv.rush_flg IS 'true = rush order (client pays for faster turnaround)';
COMMENT ON COLUMN smp_rcv.smp_stat IS 'R = received, waiting for analysis; I = in analysis; C = complete, reported; X = rejected at reception (broken bottle, too warm, holding time exceeded)';

INSERT INTO smp_rcv (smp_id, site_id, coc_no, coll_ts, rcv_ts, temp_rcv_c, vol_ml, rush_flg, smp_stat)
WITH b AS (
    SELECT g,
           1 + (g * 37) % 100 AS site_id,
           timestamptz '2024-01-02 07:00:00+00' + ((g - 1) / 2) * interval '1 day'
               + ((g - 1) % 2) * interval '4 hours' + ((g * 13) % 50) * interval '1 minute' AS coll_ts
    FROM generate_series(1, 1396) AS g
), r AS (
    SELECT b.*,
           coll_ts + CASE WHEN g % 13 = 0 THEN (50 + g % 30) ELSE 2 + (g * 7) % 30 END * interval '1 hour'
                   + ((g * 11) % 60) * interval '1 minute' AS rcv_ts
    FROM b
)
SELECT g, site_id, 'COC-' || (240000 + g)::text, coll_ts, rcv_ts,
       CASE WHEN g % 53 = 0 THEN NULL
            WHEN g % 19 = 0 THEN 8.5 + (g % 7) / 2.0
            ELSE 2.0 + ((g * 17) % 55) / 10.0 END,
       CASE WHEN g % 4 = 0 THEN 1000 ELSE 500 END,
       g % 9 = 0,
       CASE WHEN g % 41 = 0 THEN 'X'
            WHEN rcv_ts >= timestamptz '2025-11-26 00:00:00+00' THEN 'R'
            WHEN rcv_ts >= timestamptz '2025-11-17 00:00:00+00' THEN 'I'
            ELSE 'C' END
FROM r;

-- ---------------------------------------------------------------- tst_res (test results)
CREATE TABLE tst_res (
    res_id     integer PRIMARY KEY,
    smp_id     integer NOT NULL REFERENCES smp_rcv (smp_id),
    mth_id     integer NOT NULL REFERENCES tst_mth (mth_id),
    inst_id    integer,
    anl_id     integer,
    anl_ts     timestamptz,
    run_min    integer,
    res_val    numeric(12,4),
    res_flg    char(1),
    apprv_ts   timestamptz
);
COMMENT ON TABLE tst_res IS 'One row per test ordered on a sample';
COMMENT ON COLUMN tst_res.inst_id IS 'instrument used (instr.inst_id); NULL until tested';
COMMENT ON COLUMN tst_res.anl_id IS 'analyst who ran the test (analyst.anl_id); NULL until tested';
COMMENT ON COLUMN tst_res.anl_ts IS 'when the result was recorded';
COMMENT ON COLUMN tst_res.run_min IS 'instrument time used by the test, minutes';
COMMENT ON COLUMN tst_res.res_val IS 'measured value, in the unit of the method (tst_mth.unit_cd); NULL = not yet tested';
COMMENT ON COLUMN tst_res.res_flg IS 'P = pass (within limits, or no limit applies), F = fail (outside the limit of the method), R = retest requested, NULL = not yet tested';
COMMENT ON COLUMN tst_res.apprv_ts IS 'when QA approved the result for reporting; NULL = not approved yet';

INSERT INTO tst_res (res_id, smp_id, mth_id, inst_id, anl_id, anl_ts, run_min, res_val, res_flg, apprv_ts)
WITH m (src, mth) AS (
    VALUES ('DW', 1), ('DW', 2), ('DW', 7), ('DW', 8), ('DW', 9), ('DW', 10), ('DW', 11),
           ('GW', 3), ('GW', 4), ('GW', 5), ('GW', 6), ('GW', 7), ('GW', 9), ('GW', 11),
           ('SW', 4), ('SW', 7), ('SW', 9), ('SW', 10), ('SW', 16), ('SW', 17),
           ('WW', 9), ('WW', 12), ('WW', 13), ('WW', 14), ('WW', 15), ('WW', 16)
), x AS (
    SELECT s.smp_id, s.smp_stat, s.rcv_ts, m.mth,
           ((s.smp_id * 7919 + m.mth * 104729) * 31 + s.smp_id / 7) % 1000 AS h
    FROM smp_rcv s
    JOIN smp_site t ON t.site_id = s.site_id
    JOIN m ON m.src = t.src_typ
    WHERE s.smp_stat <> 'X'
      AND ((s.smp_id + m.mth) % 3 <> 0 OR m.mth IN (1, 7, 9))
), v AS (
    SELECT x.*,
           CASE WHEN smp_stat = 'R' OR (smp_stat = 'I' AND (smp_id + mth) % 2 = 0) THEN false ELSE true END AS tested,
           CASE mth
                WHEN 1  THEN CASE WHEN h < 880 THEN 0.0005 + h * 0.000008 ELSE 0.0105 + (h - 880) * 0.00015 END
                WHEN 2  THEN CASE WHEN h < 970 THEN 0.02 + h * 0.0019 ELSE 2.1 + (h - 970) * 0.03 END
                WHEN 3  THEN CASE WHEN h < 930 THEN 0.001 + h * 0.000008 ELSE 0.011 + (h - 930) * 0.0003 END
                WHEN 4  THEN CASE WHEN h < 920 THEN 2 + h * 0.045 ELSE 52 + (h - 920) * 0.5 END
                WHEN 5  THEN CASE WHEN h < 900 THEN 0.02 + h * 0.00017 ELSE 0.25 + (h - 900) * 0.01 END
                WHEN 6  THEN CASE WHEN h < 880 THEN 0.002 + h * 0.00004 ELSE 0.06 + (h - 880) * 0.002 END
                WHEN 7  THEN CASE WHEN h < 880 THEN 0 ELSE ((h - 870) / 4)::numeric END
                WHEN 8  THEN CASE WHEN h < 820 THEN 0 ELSE ((h - 810) / 3)::numeric END
                WHEN 9  THEN CASE WHEN h < 30 THEN 6.0 + h * 0.01 WHEN h > 985 THEN 9.6 + (h - 985) * 0.02 ELSE 6.8 + h * 0.0018 END
                WHEN 10 THEN CASE WHEN h < 960 THEN 0.1 + h * 0.003 ELSE 4.5 + (h - 960) * 0.1 END
                WHEN 11 THEN 80 + h * 0.3
                WHEN 12 THEN CASE WHEN h < 900 THEN 3 + h * 0.02 ELSE 26 + (h - 900) * 0.3 END
                WHEN 13 THEN CASE WHEN h < 930 THEN 20 + h * 0.1 ELSE 130 + (h - 930) * 2 END
                WHEN 14 THEN CASE WHEN h < 930 THEN 5 + h * 0.028 ELSE 36 + (h - 930) * 0.5 END
                WHEN 15 THEN CASE WHEN h < 940 THEN 0.2 + h * 0.009 ELSE 11 + (h - 940) * 0.2 END
                WHEN 16 THEN CASE WHEN h < 950 THEN 0.05 + h * 0.0018 ELSE 2.2 + (h - 950) * 0.05 END
                WHEN 17 THEN CASE WHEN h < 60 THEN 2 + h * 0.05 ELSE 5.5 + h * 0.006 END
           END AS val,
           rcv_ts + (3 + h % 40 + mth % 5) * interval '1 hour' + (h % 60) * interval '1 minute'
                  + CASE WHEN mth IN (7, 8) THEN interval '24 hours' WHEN mth = 12 THEN interval '5 days' ELSE interval '0' END AS ts
    FROM x
), f AS (
    SELECT v.*, round(val, 4) AS rv,
           row_number() OVER (ORDER BY smp_id, mth) AS rn
    FROM v
), g AS (
    SELECT f.*,
           CASE WHEN NOT tested THEN NULL
                WHEN (mt.lim_lo IS NOT NULL AND rv < mt.lim_lo) OR (mt.lim_hi IS NOT NULL AND rv > mt.lim_hi) THEN 'F'
                WHEN h % 53 = 7 THEN 'R'
                ELSE 'P' END AS flg
    FROM f JOIN tst_mth mt ON mt.mth_id = f.mth
)
SELECT rn, smp_id, mth,
       CASE WHEN NOT tested THEN NULL
            WHEN mth IN (1, 2, 3) THEN 1 + (CASE WHEN ts < timestamptz '2025-07-01 00:00:00+00' THEN h % 2 ELSE 0 END)
            WHEN mth IN (5, 6) THEN 3
            WHEN mth = 4 THEN 4
            WHEN mth IN (7, 8) THEN 5 + (CASE WHEN ts < timestamptz '2025-06-01 00:00:00+00' THEN h % 2 ELSE 0 END)
            WHEN mth = 9 THEN 7 + h % 2
            WHEN mth = 10 THEN 9
            WHEN mth = 11 THEN 10
            WHEN mth = 12 THEN 11
            WHEN mth = 13 THEN 12
            WHEN mth = 14 THEN 13
            WHEN mth IN (15, 16) THEN 14
            ELSE 15 END,
       CASE WHEN NOT tested THEN NULL
            WHEN ts < timestamptz '2024-06-30 00:00:00+00' AND h % 5 = 0 THEN 14
            WHEN mth IN (7, 8) AND ts < timestamptz '2024-02-12 00:00:00+00' THEN (ARRAY[9, 10, 12])[1 + (h / 7 + smp_id) % 3]
            WHEN mth IN (7, 8) THEN (ARRAY[9, 10, 11, 12])[1 + (h / 7 + smp_id) % 4]
            WHEN ts < timestamptz '2024-09-02 00:00:00+00' THEN (ARRAY[1, 2, 3, 5, 6, 8])[1 + (h / 7 + smp_id) % 6]
            WHEN ts < timestamptz '2025-01-06 00:00:00+00' THEN (ARRAY[1, 2, 3, 4, 5, 6, 8])[1 + (h / 7 + smp_id) % 7]
            ELSE (ARRAY[1, 2, 3, 4, 5, 6, 7, 8, 3])[1 + (h / 7 + smp_id) % 9] END,
       CASE WHEN tested THEN ts END,
       CASE WHEN NOT tested THEN NULL
            WHEN mth IN (1, 2, 3) THEN 14 + h % 8
            WHEN mth IN (5, 6) THEN 9 + h % 5
            WHEN mth = 4 THEN 22 + h % 6
            WHEN mth IN (7, 8) THEN 1320 + h % 180
            WHEN mth = 9 THEN 2 + h % 3
            WHEN mth = 10 THEN 3
            WHEN mth = 11 THEN 6 + h % 4
            WHEN mth = 12 THEN 7200
            WHEN mth = 13 THEN 120 + h % 10
            WHEN mth = 14 THEN 60 + h % 30
            WHEN mth IN (15, 16) THEN 18 + h % 7
            ELSE 4 END,
       CASE WHEN tested THEN rv END,
       flg,
       CASE WHEN NOT tested OR flg = 'R' OR smp_stat = 'I' THEN NULL
            ELSE ts + (4 + h % 44) * interval '1 hour' END
FROM g;

-- ---------------------------------------------------------------- inv_hdr (invoices)
CREATE TABLE inv_hdr (
    inv_id    integer PRIMARY KEY,
    inv_ref   varchar(14) NOT NULL,
    cl_id     integer NOT NULL,
    inv_dt    date NOT NULL,
    due_dt    date NOT NULL,
    net_eur   numeric(10,2) NOT NULL,
    vat_eur   numeric(10,2) NOT NULL,
    pd_dt     date,
    inv_stat  char(1) NOT NULL
);
COMMENT ON TABLE inv_hdr IS 'Monthly invoices: one per client per month with samples received';
COMMENT ON COLUMN inv_hdr.cl_id IS 'client invoiced (client.client_id)';
COMMENT ON COLUMN inv_hdr.net_eur IS 'amount before VAT, EUR';
COMMENT ON COLUMN inv_hdr.vat_eur IS 'VAT (21%), EUR';
COMMENT ON COLUMN inv_hdr.pd_dt IS 'date the payment was received; NULL = not paid';
COMMENT ON COLUMN inv_hdr.inv_stat IS 'D = draft (not sent yet), I = issued, awaiting payment, P = paid, V = void (cancelled)';

INSERT INTO inv_hdr (inv_id, inv_ref, cl_id, inv_dt, due_dt, net_eur, vat_eur, pd_dt, inv_stat)
WITH m AS (
    SELECT t.client_id, date_trunc('month', s.rcv_ts)::date AS mo, sum(mt.price_eur) AS net
    FROM tst_res r
    JOIN smp_rcv s ON s.smp_id = r.smp_id
    JOIN smp_site t ON t.site_id = s.site_id
    JOIN tst_mth mt ON mt.mth_id = r.mth_id
    WHERE s.rcv_ts < timestamptz '2025-11-01 00:00:00+00'
    GROUP BY 1, 2
), n AS (
    SELECT m.*, row_number() OVER (ORDER BY mo, client_id) AS rn,
           (mo + interval '1 month' + interval '2 days')::date AS inv_dt
    FROM m
), s AS (
    SELECT n.*,
           CASE WHEN rn % 37 = 0 THEN 'V'
                WHEN mo = date '2025-10-01' AND rn % 3 = 0 THEN 'D'
                WHEN rn % 23 = 0 THEN 'I'
                WHEN inv_dt + (3 + (rn * 11) % 40)::int > date '2025-11-30' THEN 'I'
                ELSE 'P' END AS st
    FROM n
)
SELECT 5000 + rn, 'LAB-' || to_char(inv_dt, 'YYMM') || '-' || lpad(client_id::text, 3, '0'),
       client_id, inv_dt, inv_dt + 30, net, round(net * 0.21, 2),
       CASE WHEN st = 'P' THEN inv_dt + (3 + (rn * 11) % 40)::int END,
       st
FROM s;

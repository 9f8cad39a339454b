-- Made-up schema: a leather tannery (hide suppliers, hide lots received, drums and pits, plant workers,
-- tanning batches, chemical dosing, quality inspections, customers, sales orders, shipments).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30. All timestamps are UTC.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS shipment;
DROP TABLE IF EXISTS sales_order;
DROP TABLE IF EXISTS customer;
DROP TABLE IF EXISTS qc_insp;
DROP TABLE IF EXISTS chem_usage;
DROP TABLE IF EXISTS tan_batch;
DROP TABLE IF EXISTS worker;
DROP TABLE IF EXISTS vessel;
DROP TABLE IF EXISTS hide_lot;
DROP TABLE IF EXISTS supplier;

-- ---------------------------------------------------------------- supplier (hide suppliers: slaughterhouses, traders)
CREATE TABLE supplier (
    sup_id     integer PRIMARY KEY,
    sup_nm     text NOT NULL,
    cntry_cd   char(2) NOT NULL,
    hide_src   char(1) NOT NULL,
    lwg_rating char(1),
    active_flg boolean NOT NULL DEFAULT true,
    onboard_dt date NOT NULL
);
COMMENT ON TABLE supplier IS 'Suppliers of raw hides and skins (slaughterhouses and hide traders)';
COMMENT ON COLUMN supplier.cntry_cd IS 'ISO 3166 country code';
COMMENT ON COLUMN supplier.hide_src IS 'B = bovine (cattle hides), K = calf skins, S = sheep skins, G = goat skins';
COMMENT ON COLUMN supplier.lwg_rating IS 'Leather Working Group traceability audit: G = gold, S = silver, Z = bronze, A = audited without a medal; NULL = never audited';

INSERT INTO supplier (sup_id, sup_nm, cntry_cd, hide_src, lwg_rating, active_flg, onboard_dt) VALUES
    (1,  'Frigorífico Pampa Sur',        'AR', 'B', 'G',  true,  '2015-03-02'),
    (2,  'Bayern Rohhaut GmbH',          'DE', 'B', 'S',  true,  '2012-06-18'),
    (3,  'Mataderos del Ebro',           'ES', 'B', 'S',  true,  '2016-01-11'),
    (4,  'Nordic Hide Traders',          'DK', 'K', 'G',  true,  '2018-09-24'),
    (5,  'Pellami Toscani Srl',          'IT', 'K', 'Z',  true,  '2011-02-07'),
    (6,  'Anatolia Deri Ticaret',        'TR', 'S', NULL, true,  '2019-04-15'),
    (7,  'Midwest Packers Hide Div.',    'US', 'B', 'G',  true,  '2014-11-03'),
    (8,  'Kerry Meats Hides',            'IE', 'B', 'A',  true,  '2020-02-20'),
    (9,  'Carnes Serranas',              'PT', 'G', NULL, true,  '2021-07-05'),
    (10, 'Abattoir du Limousin',         'FR', 'K', 'S',  true,  '2013-05-27'),
    (11, 'Friesland Huidenhandel',       'NL', 'B', 'Z',  true,  '2017-10-09'),
    (12, 'Wielkopolska Skóry',           'PL', 'B', 'A',  true,  '2019-08-12'),
    (13, 'Atlas Skins SARL',             'MA', 'G', NULL, true,  '2022-03-14'),
    (14, 'Danube Hides Kft',             'HU', 'B', 'Z',  true,  '2018-01-22'),
    (15, 'Southern Cross Hides',         'AU', 'B', 'S',  true,  '2016-12-05'),
    (16, 'Canterbury Pelts Ltd',         'NZ', 'S', 'G',  true,  '2015-07-20'),
    (17, 'Mühlviertler Häute',           'AT', 'K', 'S',  true,  '2017-04-03'),
    (18, 'Carpathian Leather Raw',       'RO', 'B', NULL, false, '2014-09-15'),
    (19, 'Frigorífico Guaraní',          'PY', 'B', 'A',  true,  '2020-10-26'),
    (20, 'Yorkshire Dales Hides',        'GB', 'S', 'Z',  true,  '2012-03-19'),
    (21, 'Baltic Raw Hide UAB',          'LT', 'B', NULL, false, '2016-06-06'),
    (22, 'Agro Kožе Šumadija',           'RS', 'B', NULL, true,  '2023-01-30'),
    (23, 'Highveld Hides (Pty)',         'ZA', 'B', 'A',  true,  '2021-11-08'),
    (24, 'Cuirs de Bretagne',            'FR', 'B', 'S',  true,  '2013-08-26'),
    (25, 'Alpine Goat Skins AG',         'CH', 'G', 'G',  true,  '2024-05-13');

-- ---------------------------------------------------------------- hide_lot (hides received from a supplier)
CREATE TABLE hide_lot (
    lot_id       integer PRIMARY KEY,
    lot_no       varchar(12) NOT NULL UNIQUE,
    sup_id       integer NOT NULL REFERENCES supplier (sup_id),
    rcvd_dt      date NOT NULL,
    hide_cnt     integer NOT NULL,
    gross_wt_kg  numeric(8,1) NOT NULL,
    cure_cd      char(2) NOT NULL,
    price_eur_kg numeric(6,3) NOT NULL,
    insp_grade   char(1),
    insp_dt      date
);
COMMENT ON TABLE hide_lot IS 'Lots of hides received at the raw-hide warehouse';
COMMENT ON COLUMN hide_lot.hide_cnt IS 'number of hides / skins in the lot';
COMMENT ON COLUMN hide_lot.gross_wt_kg IS 'weight at receipt, kg (including salt)';
COMMENT ON COLUMN hide_lot.cure_cd IS 'how the hides were preserved: WS = wet-salted, DS = dry-salted, BR = brine-cured, FR = fresh (chilled, unsalted), WB = wet blue (bought already chrome-tanned)';
COMMENT ON COLUMN hide_lot.price_eur_kg IS 'purchase price, EUR per kg of gross weight';
COMMENT ON COLUMN hide_lot.insp_grade IS 'intake grading of the raw hides, 1 (best) to 4; NULL = not inspected at intake yet';
COMMENT ON COLUMN hide_lot.insp_dt IS 'date of the intake inspection; NULL = not inspected yet';

INSERT INTO hide_lot (lot_id, lot_no, sup_id, rcvd_dt, hide_cnt, gross_wt_kg, cure_cd, price_eur_kg, insp_grade, insp_dt)
WITH l AS (
    SELECT g,
           CASE WHEN g % 3 = 0 THEN (ARRAY[1, 7, 2, 15, 1, 3, 7, 1])[1 + (g / 3) % 8]
                ELSE 1 + (g * 7) % 25 END AS sup_id,
           date '2024-01-08' + (g * 57) / 10 AS rcvd_dt,
           (ARRAY['WS','WS','BR','DS','WS','FR','WB','WS','BR'])[1 + (g * 4) % 9] AS cure
    FROM generate_series(1, 120) AS g
)
SELECT g,
       'HL-' || to_char(rcvd_dt, 'YY') || '-' || lpad(g::text, 4, '0'),
       l.sup_id, rcvd_dt,
       CASE s.hide_src WHEN 'B' THEN 180 + (g * 37) % 320 WHEN 'K' THEN 300 + (g * 29) % 400 ELSE 600 + (g * 53) % 900 END,
       round(CASE s.hide_src WHEN 'B' THEN 180 + (g * 37) % 320 WHEN 'K' THEN 300 + (g * 29) % 400 ELSE 600 + (g * 53) % 900 END
             * CASE s.hide_src WHEN 'B' THEN 31.5 + g % 9 WHEN 'K' THEN 9.2 + g % 4 ELSE 3.1 + (g % 5) * 0.4 END, 1),
       cure,
       (CASE cure WHEN 'WS' THEN 1.55 WHEN 'DS' THEN 2.35 WHEN 'BR' THEN 1.70 WHEN 'FR' THEN 1.25 ELSE 3.90 END
            + CASE s.hide_src WHEN 'K' THEN 0.80 WHEN 'G' THEN 0.35 WHEN 'S' THEN 0.20 ELSE 0 END
            + ((g * 7) % 40) / 100.0)::numeric(6,3),
       CASE WHEN rcvd_dt > date '2025-11-05' OR g % 31 = 0 THEN NULL
            ELSE ((g * 3) % 4 + 1)::text END,
       CASE WHEN rcvd_dt > date '2025-11-05' OR g % 31 = 0 THEN NULL ELSE rcvd_dt + 1 + g % 3 END
FROM l JOIN supplier s ON s.sup_id = l.sup_id;

-- ---------------------------------------------------------------- vessel (drums, pits, mixers)
CREATE TABLE vessel (
    vessel_id  integer PRIMARY KEY,
    vessel_cd  varchar(6) NOT NULL UNIQUE,
    vessel_typ char(1) NOT NULL,
    cap_kg     integer NOT NULL,
    install_dt date NOT NULL,
    retired_dt date
);
COMMENT ON TABLE vessel IS 'Process vessels of the tanyard';
COMMENT ON COLUMN vessel.vessel_typ IS 'D = wooden drum, S = stainless steel drum, P = pit (vat) for vegetable tanning, M = paddle mixer (dyeing, not used for tanning)';
COMMENT ON COLUMN vessel.cap_kg IS 'maximum load, kg of pelt';
COMMENT ON COLUMN vessel.retired_dt IS 'NULL = in service';

INSERT INTO vessel (vessel_id, vessel_cd, vessel_typ, cap_kg, install_dt, retired_dt)
SELECT g,
       CASE WHEN g <= 14 THEN 'DR-' WHEN g <= 20 THEN 'PT-' ELSE 'MX-' END || lpad(g::text, 2, '0'),
       CASE WHEN g <= 14 THEN CASE WHEN g % 3 = 0 THEN 'S' ELSE 'D' END WHEN g <= 20 THEN 'P' ELSE 'M' END,
       CASE WHEN g <= 14 THEN 8000 + (g % 4) * 2000 WHEN g <= 20 THEN 5000 ELSE 1500 END,
       date '1998-04-01' + (g * 311) % 8000,
       CASE WHEN g = 12 THEN date '2023-09-29' END
FROM generate_series(1, 24) AS g;

-- ---------------------------------------------------------------- worker (plant staff)
CREATE TABLE worker (
    wrk_id      integer PRIMARY KEY,
    wrk_nm      text NOT NULL,
    dept_cd     char(2) NOT NULL,
    shift_cd    char(1) NOT NULL,
    hire_dt     date NOT NULL,
    term_dt     date,
    hr_rate_eur numeric(5,2) NOT NULL
);
COMMENT ON COLUMN worker.dept_cd IS 'BH = beamhouse, TY = tanyard (drum operators), CR = crusting / retanning, FN = finishing, QC = quality control, WH = warehouse and shipping';
COMMENT ON COLUMN worker.shift_cd IS 'regular shift: E = early 06-14, L = late 14-22, N = night 22-06, D = day (08-17, office hours)';
COMMENT ON COLUMN worker.term_dt IS 'last day of employment; NULL = still employed';
COMMENT ON COLUMN worker.hr_rate_eur IS 'gross hourly wage, EUR';

INSERT INTO worker (wrk_id, wrk_nm, dept_cd, shift_cd, hire_dt, term_dt, hr_rate_eur)
SELECT g,
       (ARRAY['Marco','Giulia','Ahmed','Petra','Luca','Sara','Jorge','Ewa','Kemal','Ana','Stefan','Nadia',
              'Ivo','Rita','Tomasz','Leila','Paolo','Marta','Hugo','Irina'])[1 + g % 20] || ' ' ||
       (ARRAY['Bianchi','Rossi','Haddad','Novak','Conti','Ferreira','Kaya','Nowak','Ricci','Silva',
              'Horvat','Moretti','Demir','Greco','Costa','Popescu','Vogel'])[1 + (g * 5) % 17],
       CASE WHEN g <= 16 THEN 'TY' ELSE (ARRAY['BH','CR','FN','QC','WH','QC'])[1 + g % 6] END,
       CASE WHEN g <= 16 THEN (ARRAY['E','L','N','E'])[1 + g % 4]
            WHEN g % 6 IN (3, 5) THEN 'D' ELSE (ARRAY['E','L','N'])[1 + g % 3] END,
       date '2008-02-04' + (g * 173) % 5600,
       CASE WHEN g IN (7, 23, 34) THEN date '2025-03-31' + g * 3 END,
       (15.40 + (g * 37) % 90 / 10.0)::numeric(5,2)
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- tan_batch (one load of a vessel)
CREATE TABLE tan_batch (
    batch_id    integer PRIMARY KEY,
    batch_no    varchar(12) NOT NULL UNIQUE,
    lot_id      integer NOT NULL REFERENCES hide_lot (lot_id),
    vessel_id   integer NOT NULL REFERENCES vessel (vessel_id),
    operator_id integer REFERENCES worker (wrk_id),
    shift_cd    char(1) NOT NULL,
    tan_mthd    char(2) NOT NULL,
    load_kg     numeric(7,1) NOT NULL,
    start_ts    timestamptz NOT NULL,
    end_ts      timestamptz,
    stat_cd     char(1) NOT NULL,
    area_sqft   numeric(8,1)
);
COMMENT ON TABLE tan_batch IS 'Tanning batches: pelts of one hide lot loaded into one drum or pit';
COMMENT ON COLUMN tan_batch.operator_id IS 'drum operator who loaded the batch (worker.wrk_id); NULL = not recorded (paper log before the shop-floor terminals)';
COMMENT ON COLUMN tan_batch.shift_cd IS 'shift the batch was loaded on: E = early 06-14, L = late 14-22, N = night 22-06';
COMMENT ON COLUMN tan_batch.tan_mthd IS 'CR = chrome, VG = vegetable (bark extracts), WW = wet-white (chrome-free, glutaraldehyde), CO = combination chrome + vegetable';
COMMENT ON COLUMN tan_batch.load_kg IS 'pelt weight loaded, kg';
COMMENT ON COLUMN tan_batch.end_ts IS 'unloaded from the vessel; NULL = still in the vessel (or on hold)';
COMMENT ON COLUMN tan_batch.stat_cd IS 'P = in process, C = complete, H = on hold (chemistry or quality problem), S = scrapped';
COMMENT ON COLUMN tan_batch.area_sqft IS 'leather area measured after drying, square feet; NULL = not measured (not complete)';

INSERT INTO tan_batch (batch_id, batch_no, lot_id, vessel_id, operator_id, shift_cd, tan_mthd, load_kg, start_ts, end_ts, stat_cd, area_sqft)
WITH b AS (
    SELECT g, g + g / 5 AS lot_id,
           (ARRAY['CR','CR','VG','CR','WW','CO','CR','VG','CR','WW','CR'])[1 + (g * 3) % 11] AS mthd,
           (ARRAY['E','L','N','E','L','E','N'])[1 + g % 7] AS shift
    FROM generate_series(1, 100) AS g
), t AS (
    SELECT b.*, h.gross_wt_kg, h.rcvd_dt,
           ((h.rcvd_dt + 3 + g % 8) + CASE shift WHEN 'E' THEN time '06:40' WHEN 'L' THEN time '15:10' ELSE time '23:05' END
               + ((g * 13) % 50) * interval '1 minute') AT TIME ZONE 'UTC' AS start_ts
    FROM b JOIN hide_lot h ON h.lot_id = b.lot_id
), s AS (
    SELECT t.*,
           CASE WHEN start_ts > timestamptz '2025-11-08 00:00:00+00' THEN 'P'
                WHEN g % 13 = 0 THEN 'S'
                WHEN g % 9 = 0 THEN 'H'
                ELSE 'C' END AS st,
           CASE WHEN mthd = 'VG' THEN 15 + (g * 7) % 6
                WHEN g % 4 = 0 THEN 1 + (g / 4) % 3
                ELSE 1 + (g * 5) % 14 END AS vessel_id
    FROM t
)
SELECT g,
       'TB-' || to_char(start_ts AT TIME ZONE 'UTC', 'YYYY') || '-' || lpad(g::text, 3, '0'),
       lot_id,
       CASE WHEN vessel_id = 12 THEN 13 ELSE vessel_id END,
       CASE WHEN start_ts < timestamptz '2024-03-15 00:00:00+00' THEN NULL
            ELSE CASE shift WHEN 'E' THEN (ARRAY[3, 4, 7, 8, 11, 12, 15, 16])[1 + g % 8]
                            WHEN 'L' THEN (ARRAY[1, 5, 9, 13])[1 + g % 4]
                            ELSE (ARRAY[2, 6, 10, 14, 6])[1 + (g * 3) % 5] END END,
       shift, mthd,
       round(gross_wt_kg * (0.82 + (g % 7) / 100.0), 1),
       start_ts,
       CASE WHEN st IN ('C', 'S')
            THEN start_ts + CASE mthd WHEN 'VG' THEN (20 + g % 15) * interval '1 day'
                                       WHEN 'CO' THEN (3 + g % 3) * interval '1 day'
                                       ELSE (18 + (g * 7) % 14) * interval '1 hour' END END,
       st,
       CASE WHEN st = 'C' THEN round(gross_wt_kg * (0.82 + (g % 7) / 100.0) * (0.95 + (g % 20) / 100.0)
                                     * CASE WHEN mthd = 'VG' THEN 0.85 ELSE 1 END, 1) END
FROM s;

-- ---------------------------------------------------------------- chem_usage (chemical dosing into batches)
CREATE TABLE chem_usage (
    use_id        integer PRIMARY KEY,
    batch_id      integer NOT NULL REFERENCES tan_batch (batch_id),
    chem_cd       varchar(6) NOT NULL,
    qty_kg        numeric(8,2) NOT NULL,
    unit_cost_eur numeric(7,3) NOT NULL,
    dosed_at      timestamptz NOT NULL,
    dosed_by      integer REFERENCES worker (wrk_id)
);
COMMENT ON COLUMN chem_usage.chem_cd IS 'CRSO4 = basic chromium sulphate, MIMOSA = mimosa extract, QUEBR = quebracho extract, GLUT = glutaraldehyde, HCOOH = formic acid 85%, NAHCO3 = sodium bicarbonate, FATLQ = fatliquor, NACL = common salt, BIOC = biocide';
COMMENT ON COLUMN chem_usage.qty_kg IS 'quantity dosed, kg';
COMMENT ON COLUMN chem_usage.unit_cost_eur IS 'cost per kg, EUR, at the time of dosing';
COMMENT ON COLUMN chem_usage.dosed_by IS 'worker who dosed by hand; NULL = automatic dosing system';

INSERT INTO chem_usage (use_id, batch_id, chem_cd, qty_kg, unit_cost_eur, dosed_at, dosed_by)
WITH u AS (
    SELECT g, b.batch_id, b.tan_mthd, b.load_kg, b.start_ts, b.operator_id,
           CASE WHEN g % 2 = 1 THEN
                    CASE b.tan_mthd WHEN 'CR' THEN 'CRSO4' WHEN 'CO' THEN 'CRSO4' WHEN 'WW' THEN 'GLUT'
                                    ELSE CASE WHEN b.batch_id % 2 = 0 THEN 'MIMOSA' ELSE 'QUEBR' END END
                ELSE (ARRAY['HCOOH','NAHCO3','FATLQ','NACL','BIOC','HCOOH','FATLQ'])[1 + (g / 2) % 7] END AS chem
    FROM generate_series(1, 200) AS g
    JOIN tan_batch b ON b.batch_id = (g + 1) / 2
)
SELECT g, batch_id, chem,
       round(load_kg * CASE chem WHEN 'CRSO4' THEN 0.070 + (g % 5) / 1000.0 WHEN 'MIMOSA' THEN 0.250 WHEN 'QUEBR' THEN 0.220
                                 WHEN 'GLUT' THEN 0.030 WHEN 'HCOOH' THEN 0.010 WHEN 'NAHCO3' THEN 0.012 WHEN 'FATLQ' THEN 0.060
                                 WHEN 'NACL' THEN 0.060 ELSE 0.002 END, 2),
       round(CASE chem WHEN 'CRSO4' THEN 1.150 WHEN 'MIMOSA' THEN 1.400 WHEN 'QUEBR' THEN 1.550 WHEN 'GLUT' THEN 2.800
                       WHEN 'HCOOH' THEN 0.950 WHEN 'NAHCO3' THEN 0.380 WHEN 'FATLQ' THEN 2.100 WHEN 'NACL' THEN 0.090 ELSE 6.500 END
             * CASE WHEN start_ts >= timestamptz '2025-01-01 00:00:00+00' THEN 1.04 ELSE 1 END, 3),
       start_ts + CASE WHEN g % 2 = 1 THEN (20 + g % 30) * interval '1 minute'
                       ELSE (3 + g % 5) * interval '1 hour' + ((g * 7) % 60) * interval '1 minute' END,
       CASE WHEN g % 2 = 1 AND chem = 'CRSO4' THEN NULL ELSE operator_id END
FROM u;

-- ---------------------------------------------------------------- qc_insp (quality inspection of finished batches)
CREATE TABLE qc_insp (
    insp_id      integer PRIMARY KEY,
    batch_id     integer NOT NULL REFERENCES tan_batch (batch_id),
    insp_dt      date NOT NULL,
    inspector_id integer NOT NULL REFERENCES worker (wrk_id),
    grade_cd     char(1) NOT NULL,
    pcs_insp     integer NOT NULL,
    pcs_rej      integer NOT NULL,
    rej_rsn      char(2),
    thk_mm       numeric(3,2)
);
COMMENT ON TABLE qc_insp IS 'Quality inspections of batches after tanning; a reworked batch is inspected again';
COMMENT ON COLUMN qc_insp.grade_cd IS 'selection given to the batch: A = first selection (full grain, premium), B = second, C = third (corrected grain), D = fourth (lowest saleable), R = batch rejected';
COMMENT ON COLUMN qc_insp.pcs_insp IS 'pieces (half hides / sides) inspected';
COMMENT ON COLUMN qc_insp.pcs_rej IS 'pieces rejected';
COMMENT ON COLUMN qc_insp.rej_rsn IS 'main reason for the rejected pieces: GS = grain scars and scratches, VN = veins, TK = thickness out of tolerance, CL = shade off, HO = holes and flay cuts, LG = loose grain; NULL = nothing rejected';
COMMENT ON COLUMN qc_insp.thk_mm IS 'average thickness, mm; NULL = not measured';

INSERT INTO qc_insp (insp_id, batch_id, insp_dt, inspector_id, grade_cd, pcs_insp, pcs_rej, rej_rsn, thk_mm)
WITH f AS (   -- first inspection of every batch that left the vessel, plus on-hold batches; a second one after rework
    SELECT b.batch_id, b.tan_mthd, b.stat_cd, b.load_kg,
           (coalesce(b.end_ts, b.start_ts + interval '2 days') AT TIME ZONE 'UTC')::date + 2 AS insp_dt, 1 AS k
    FROM tan_batch b WHERE b.stat_cd IN ('C', 'S', 'H')
    UNION ALL
    SELECT b.batch_id, b.tan_mthd, b.stat_cd, b.load_kg,
           (b.end_ts AT TIME ZONE 'UTC')::date + 9, 2
    FROM tan_batch b WHERE b.stat_cd = 'C' AND b.batch_id % 7 = 0
), n AS (
    SELECT f.*, row_number() OVER (ORDER BY insp_dt, batch_id, k)::int AS g FROM f
), r AS (
    SELECT n.*,
           (round(load_kg / 26) * 2)::int AS pcs,
           CASE WHEN stat_cd = 'S' THEN 'R'
                WHEN k = 1 AND batch_id % 7 = 0 THEN 'R'
                WHEN stat_cd = 'H' THEN 'D'
                ELSE (ARRAY['A','B','B','C','A','B','D','C','B'])[1 + (batch_id * 5) % 9] END AS grade
    FROM n
)
SELECT g, batch_id, insp_dt,
       (ARRAY[21, 27, 33, 39])[1 + g % 4],
       grade, pcs,
       CASE WHEN grade = 'R' THEN pcs / 2 + g % 7
            WHEN g % 6 = 0 THEN 0
            ELSE (pcs * CASE tan_mthd WHEN 'VG' THEN 9 WHEN 'WW' THEN 6 WHEN 'CO' THEN 5 ELSE 3 END
                  * (1 + g % 3) / 100) + g % 4 END AS rej,
       CASE WHEN grade <> 'R' AND g % 6 = 0 THEN NULL
            ELSE (ARRAY['GS','VN','TK','CL','HO','GS','LG'])[1 + (g * 3) % 7] END,
       CASE WHEN g % 10 = 3 THEN NULL ELSE (1.00 + ((batch_id * 17) % 120) / 100.0)::numeric(3,2) END
FROM r;

-- ---------------------------------------------------------------- customer
CREATE TABLE customer (
    cust_id        integer PRIMARY KEY,
    cust_nm        text NOT NULL,
    cntry_cd       char(2) NOT NULL,
    sector_cd      char(2) NOT NULL,
    credit_lim_eur numeric(10,2),
    since_dt       date NOT NULL
);
COMMENT ON COLUMN customer.sector_cd IS 'AU = automotive upholstery, FW = footwear, FU = furniture, LG = leather goods (bags, belts, wallets), GA = garments';
COMMENT ON COLUMN customer.credit_lim_eur IS 'credit limit, EUR; NULL = no credit, must pay before shipment';

INSERT INTO customer (cust_id, cust_nm, cntry_cd, sector_cd, credit_lim_eur, since_dt) VALUES
    (1,  'Autositze Süd GmbH',           'DE', 'AU', 500000, '2012-04-02'),
    (2,  'Calzaturificio Brenta',        'IT', 'FW', 120000, '2010-09-13'),
    (3,  'Maison Lefèvre Maroquinerie',  'FR', 'LG', 250000, '2014-01-20'),
    (4,  'Nordform Møbler A/S',          'DK', 'FU',  80000, '2016-05-09'),
    (5,  'Iberian Shoe Group',           'ES', 'FW', 150000, '2013-11-25'),
    (6,  'Veloce Interni SpA',           'IT', 'AU', 400000, '2011-03-14'),
    (7,  'Bolsos Alicante SL',           'ES', 'LG',   NULL, '2021-06-28'),
    (8,  'Heritage Boots Ltd',           'GB', 'FW',  60000, '2017-02-06'),
    (9,  'Sofá Lusitano Lda',            'PT', 'FU',  45000, '2018-10-15'),
    (10, 'Anadolu Giyim',                'TR', 'GA',   NULL, '2022-04-04'),
    (11, 'Praha Kožená Galanterie',      'CZ', 'LG',  30000, '2019-07-22'),
    (12, 'Midwest Seating Inc.',         'US', 'AU', 300000, '2015-08-31'),
    (13, 'Atelier Brünn',                'AT', 'GA',  25000, '2020-01-13'),
    (14, 'Scarpe di Riviera',            'IT', 'FW',  90000, '2012-12-03'),
    (15, 'Hollandse Meubelfabriek',      'NL', 'FU',  70000, '2016-03-21'),
    (16, 'Kraków Obuwie',                'PL', 'FW',   NULL, '2023-09-11'),
    (17, 'Belts & Co. Firenze',          'IT', 'LG',  40000, '2018-05-07'),
    (18, 'Nordic Outerwear AB',          'SE', 'GA',  55000, '2019-11-18'),
    (19, 'Carrosserie Confort SAS',      'FR', 'AU', 220000, '2017-06-12'),
    (20, 'Tokyo Kawa Shoji',             'JP', 'LG', 100000, '2020-08-24'),
    (21, 'Balkan Shoes doo',             'RS', 'FW',   NULL, '2024-02-19'),
    (22, 'Casa Milano Divani',           'IT', 'FU', 130000, '2013-04-29'),
    (23, 'Maroc Cuir Export',            'MA', 'LG',   NULL, '2024-07-01'),
    (24, 'Wiener Schuhmanufaktur',       'AT', 'FW',  35000, '2015-10-05'),
    (25, 'Rhein Polster GmbH',           'DE', 'FU',  65000, '2016-12-12'),
    (26, 'Saddle & Strap Ltd',           'GB', 'LG',  20000, '2021-03-08'),
    (27, 'Lyon Vêtements Cuir',          'FR', 'GA',   NULL, '2022-11-21'),
    (28, 'Guangzhou Fine Leather Trading','CN', 'LG',  75000, '2019-02-25'),
    (29, 'Danube Car Interiors',         'HU', 'AU', 180000, '2023-05-15'),
    (30, 'Oslo Sko AS',                  'NO', 'FW',  15000, '2025-03-03');

-- ---------------------------------------------------------------- sales_order (one article per order)
CREATE TABLE sales_order (
    ord_id         integer PRIMARY KEY,
    cust_id        integer NOT NULL REFERENCES customer (cust_id),
    ord_dt         date NOT NULL,
    article_cd     varchar(16) NOT NULL,
    min_grade      char(1) NOT NULL,
    qty_sqft       numeric(9,1) NOT NULL,
    price_sqft_eur numeric(6,2) NOT NULL,
    req_dt         date,
    ord_stat       char(2) NOT NULL
);
COMMENT ON COLUMN sales_order.article_cd IS 'our article: leather type - colour - thickness in mm';
COMMENT ON COLUMN sales_order.min_grade IS 'lowest selection the customer accepts (A to D, see qc_insp.grade_cd)';
COMMENT ON COLUMN sales_order.qty_sqft IS 'ordered quantity, square feet';
COMMENT ON COLUMN sales_order.price_sqft_eur IS 'agreed price, EUR per square foot';
COMMENT ON COLUMN sales_order.req_dt IS 'delivery date the customer asked for; NULL = no date agreed (ship when ready)';
COMMENT ON COLUMN sales_order.ord_stat IS 'OP = open (nothing shipped yet), PS = partly shipped, SH = shipped in full, CX = cancelled';

INSERT INTO sales_order (ord_id, cust_id, ord_dt, article_cd, min_grade, qty_sqft, price_sqft_eur, req_dt, ord_stat)
WITH o AS (
    SELECT g,
           CASE WHEN g % 4 = 0 THEN (ARRAY[1, 6, 3, 12, 2, 1])[1 + (g / 4) % 6]
                WHEN g > 90 AND g % 5 IN (1, 2) THEN (ARRAY[5, 19, 22, 25, 8])[1 + g % 5]
                ELSE 1 + (g * 7) % 26 END AS cust_id,
           date '2024-01-15' + (g * 48) / 10 AS ord_dt,
           (ARRAY['NAPPA','NUBUCK','SADDLE','CRUST','PULLUP','SUEDE'])[1 + (g * 5) % 6] AS art
    FROM generate_series(1, 140) AS g
)
SELECT g, cust_id, ord_dt,
       art || '-' || (ARRAY['BLK','BRN','TAN','NAT','RED','NVY'])[1 + (g * 7) % 6] || '-'
           || to_char(1.0 + ((g * 3) % 10) / 10.0, 'FM0.0'),
       (ARRAY['A','B','B','C','D'])[1 + g % 5],
       (2000 + (g * 397) % 18000)::numeric(9,1),
       (CASE art WHEN 'NAPPA' THEN 4.80 WHEN 'NUBUCK' THEN 5.40 WHEN 'SADDLE' THEN 6.90 WHEN 'CRUST' THEN 2.60
                 WHEN 'PULLUP' THEN 5.90 ELSE 3.70 END + ((g * 11) % 60) / 100.0)::numeric(6,2),
       CASE WHEN g % 6 = 0 THEN NULL ELSE ord_dt + 21 + (g * 5) % 40 END,
       CASE WHEN ord_dt > date '2025-10-20' THEN CASE WHEN g % 3 = 0 THEN 'PS' ELSE 'OP' END
            WHEN g % 11 = 3 THEN 'CX'
            WHEN g % 5 = 0 THEN 'PS'
            WHEN g % 23 = 0 THEN 'OP'
            ELSE 'SH' END
FROM o;

-- ---------------------------------------------------------------- shipment
CREATE TABLE shipment (
    ship_id      integer PRIMARY KEY,
    ord_id       integer NOT NULL REFERENCES sales_order (ord_id),
    batch_id     integer REFERENCES tan_batch (batch_id),
    ship_dt      date NOT NULL,
    qty_sqft     numeric(9,1) NOT NULL,
    carrier_cd   char(3) NOT NULL,
    freight_eur  numeric(8,2),
    delivered_dt date
);
COMMENT ON COLUMN shipment.batch_id IS 'batch the leather came from; NULL = picked from mixed warehouse stock';
COMMENT ON COLUMN shipment.qty_sqft IS 'square feet shipped';
COMMENT ON COLUMN shipment.carrier_cd IS 'DHL = DHL Freight, KNL = Kuehne+Nagel, DSV = DSV Road, OWN = our own truck, CPU = collected by the customer';
COMMENT ON COLUMN shipment.freight_eur IS 'freight cost we paid, EUR; NULL = freight paid by the customer (ex works)';
COMMENT ON COLUMN shipment.delivered_dt IS 'proof-of-delivery date; NULL = still in transit';

INSERT INTO shipment (ship_id, ord_id, batch_id, ship_dt, qty_sqft, carrier_cd, freight_eur, delivered_dt)
WITH p AS (   -- one shipment per partly shipped order, one or two per fully shipped order
    SELECT o.ord_id, o.ord_dt, o.qty_sqft, 1 AS k,
           CASE WHEN o.ord_stat = 'PS' THEN round(o.qty_sqft * 0.5, 1)
                WHEN o.ord_id % 2 = 0 THEN round(o.qty_sqft * 0.6, 1) ELSE o.qty_sqft END AS qty
    FROM sales_order o WHERE o.ord_stat IN ('PS', 'SH')
    UNION ALL
    SELECT o.ord_id, o.ord_dt, o.qty_sqft, 2, o.qty_sqft - round(o.qty_sqft * 0.6, 1)
    FROM sales_order o WHERE o.ord_stat = 'SH' AND o.ord_id % 2 = 0
), d AS (
    SELECT p.*, row_number() OVER (ORDER BY ord_id, k)::int AS g,
           least(ord_dt + 10 + (ord_id * 7) % 30 + (k - 1) * 8, date '2025-11-28') AS ship_dt
    FROM p
), c AS (
    SELECT d.*,
           (ARRAY['DHL','KNL','DSV','OWN','DHL','CPU','KNL','DSV'])[1 + (g * 3) % 8] AS carrier
    FROM d
)
SELECT g, ord_id,
       CASE WHEN g % 6 = 0 THEN NULL
            ELSE (SELECT b.batch_id FROM tan_batch b
                  WHERE b.stat_cd = 'C' AND b.end_ts < c.ship_dt
                  ORDER BY b.end_ts DESC OFFSET g % 3 LIMIT 1) END,
       ship_dt, qty, carrier,
       CASE WHEN carrier = 'CPU' OR g % 10 = 7 THEN NULL
            ELSE round(90 + qty * CASE carrier WHEN 'OWN' THEN 0.012 ELSE 0.021 END + (g * 13) % 70, 2) END,
       CASE WHEN ship_dt + CASE carrier WHEN 'CPU' THEN 0 WHEN 'OWN' THEN 1 ELSE 2 + (g * 5) % 8 END > date '2025-11-26'
                 OR (ship_dt >= date '2025-09-15' AND carrier IN ('KNL', 'DSV') AND g % 3 <> 0) THEN NULL
            ELSE ship_dt + CASE carrier WHEN 'CPU' THEN 0 WHEN 'OWN' THEN 1 ELSE 2 + (g * 5) % 8 END END
FROM c;

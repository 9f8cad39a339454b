-- Made-up schema: an agricultural cooperative (member farms / growers, their fields, crops,
-- plantings per season, harvest deliveries, shared machinery, machinery bookings, field sensor
-- readings). Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS sensor_rdg;
DROP TABLE IF EXISTS equip_bkg;
DROP TABLE IF EXISTS equip;
DROP TABLE IF EXISTS hrv;
DROP TABLE IF EXISTS plnt;
DROP TABLE IF EXISTS crop;
DROP TABLE IF EXISTS fld;
DROP TABLE IF EXISTS coop_mbr;

-- ---------------------------------------------------------------- coop_mbr (member farms / growers)
CREATE TABLE coop_mbr (
    mbr_id      integer PRIMARY KEY,
    farm_nm     text NOT NULL,
    owner_nm    text NOT NULL,
    region      text NOT NULL,
    joined_dt   date NOT NULL,
    mbr_status  char(1) NOT NULL,
    is_organic  boolean NOT NULL DEFAULT false,
    share_cnt   integer NOT NULL,
    email       text
);
COMMENT ON TABLE coop_mbr IS 'Member farms of the cooperative (growers)';
COMMENT ON COLUMN coop_mbr.mbr_status IS 'A = active, S = suspended, L = left the cooperative';
COMMENT ON COLUMN coop_mbr.is_organic IS 'farm holds an organic certificate';
COMMENT ON COLUMN coop_mbr.share_cnt IS 'number of cooperative shares held';
COMMENT ON COLUMN coop_mbr.email IS 'contact e-mail; NULL = member has none on file';

INSERT INTO coop_mbr (mbr_id, farm_nm, owner_nm, region, joined_dt, mbr_status, is_organic, share_cnt, email)
SELECT g,
       (ARRAY['Green','Oak','Sunny','Willow','Stone','Maple','Clover','Brook'])[1 + g % 8] || ' ' ||
       (ARRAY['Acres','Farm','Fields','Meadow','Hollow'])[1 + g % 5],
       (ARRAY['Tom','Anna','Piotr','Maria','Lars','Ingrid','Jose','Helen','Mark','Olga','Sam','Ruth'])[1 + g % 12] || ' ' ||
       (ARRAY['Becker','Novak','Hansen','Fischer','Kowalski','Jensen','Moreau','Schmidt','Olsen','Weber','Dvorak'])[1 + (g * 3) % 11],
       (ARRAY['North Valley','River Plain','Hill County','East Ridge'])[1 + g % 4],
       date '2015-02-01' + g * 95,
       CASE WHEN g % 13 = 0 THEN 'S' WHEN g % 11 = 0 THEN 'L' ELSE 'A' END,
       g % 5 IN (0, 2),
       5 + (g * 7) % 26,
       CASE WHEN g % 9 = 4 THEN NULL ELSE 'grower' || g || '@coop-mail.example' END
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- fld (fields / plots)
CREATE TABLE fld (
    fld_id     integer PRIMARY KEY,
    mbr_id     integer NOT NULL REFERENCES coop_mbr (mbr_id),
    fld_cd     varchar(8) NOT NULL,
    area_ha    numeric(6,2) NOT NULL,
    soil_cd    char(2) NOT NULL,
    irrigated  boolean NOT NULL DEFAULT false,
    lat        numeric(8,5),
    lon        numeric(8,5)
);
COMMENT ON TABLE fld IS 'Fields (plots) farmed by member farms';
COMMENT ON COLUMN fld.area_ha IS 'field area in hectares';
COMMENT ON COLUMN fld.soil_cd IS 'CL = clay, SA = sandy, LO = loam, SI = silt';

INSERT INTO fld (fld_id, mbr_id, fld_cd, area_ha, soil_cd, irrigated, lat, lon)
SELECT g,
       1 + (g * 7) % 40,
       'F' || lpad(g::text, 3, '0'),
       2.5 + ((g * 37) % 180) / 10.0,
       (ARRAY['CL','SA','LO','SI','LO'])[1 + (g * 3) % 5],
       g % 3 = 0,
       52.10000 + ((g * 131) % 900) / 1000.0,
       5.20000 + ((g * 277) % 1200) / 1000.0
FROM generate_series(1, 150) AS g;

-- ---------------------------------------------------------------- crop
CREATE TABLE crop (
    crop_id      integer PRIMARY KEY,
    crop_nm      text NOT NULL,
    crop_grp     char(1) NOT NULL,
    days_to_mat  smallint NOT NULL,
    price_per_t  numeric(8,2) NOT NULL,
    exp_yld_kg_ha integer NOT NULL
);
COMMENT ON COLUMN crop.crop_grp IS 'G = grain, O = oilseed, V = vegetable, F = forage';
COMMENT ON COLUMN crop.days_to_mat IS 'typical days from planting to harvest';
COMMENT ON COLUMN crop.price_per_t IS 'cooperative reference price per tonne, EUR';
COMMENT ON COLUMN crop.exp_yld_kg_ha IS 'expected yield, kg per hectare';

INSERT INTO crop (crop_id, crop_nm, crop_grp, days_to_mat, price_per_t, exp_yld_kg_ha) VALUES
    (1,  'Spring wheat', 'G', 110, 230.00,  4500),
    (2,  'Barley',       'G',  95, 205.00,  4200),
    (3,  'Maize',        'G', 130, 190.00,  9000),
    (4,  'Oats',         'G', 100, 215.00,  3500),
    (5,  'Canola',       'O', 120, 480.00,  2800),
    (6,  'Sunflower',    'O', 125, 450.00,  2400),
    (7,  'Soybean',      'O', 115, 420.00,  2900),
    (8,  'Potato',       'V', 110, 160.00, 32000),
    (9,  'Carrot',       'V',  80, 320.00, 40000),
    (10, 'Onion',        'V', 120, 280.00, 38000),
    (11, 'Alfalfa',      'F',  90, 150.00,  8000),
    (12, 'Cabbage',      'V',  90, 240.00, 45000);

-- ---------------------------------------------------------------- plnt (plantings: which crop in which field in which season)
CREATE TABLE plnt (
    plnt_id     integer PRIMARY KEY,
    fld_id      integer NOT NULL REFERENCES fld (fld_id),
    crop_id     integer NOT NULL REFERENCES crop (crop_id),
    season      smallint NOT NULL,
    plnt_dt     date NOT NULL,
    seed_kg     numeric(8,1) NOT NULL,
    plnt_status char(1) NOT NULL
);
COMMENT ON TABLE plnt IS 'Plantings: one crop sown in one field for one season (a field left fallow has no row)';
COMMENT ON COLUMN plnt.season IS 'growing season (year)';
COMMENT ON COLUMN plnt.plnt_status IS 'G = growing (not harvested yet), H = harvested, F = failed (crop lost, nothing harvested)';

INSERT INTO plnt (plnt_id, fld_id, crop_id, season, plnt_dt, seed_kg, plnt_status)
WITH c AS (
    SELECT f.fld_id, f.area_ha, s AS season,
           1 + (f.fld_id * 5 + s * 3) % 12 AS crop_id,
           make_date(s, 3, 20) + (f.fld_id * 11 + s) % 60 AS plnt_dt
    FROM fld f
    JOIN coop_mbr m ON m.mbr_id = f.mbr_id
    CROSS JOIN generate_series(2023, 2025) AS s
    WHERE (f.fld_id + s) % 9 <> 0                       -- fallow
      AND s >= extract(year FROM m.joined_dt)           -- not before the farm joined
), n AS (
    SELECT c.*, row_number() OVER (ORDER BY season, plnt_dt, fld_id) AS rn FROM c
)
SELECT rn, fld_id, crop_id, season, plnt_dt,
       round(area_ha * (CASE WHEN crop_id IN (8, 10) THEN 180 WHEN crop_id IN (9, 12) THEN 4 ELSE 120 + crop_id * 5 END), 1),
       CASE WHEN (fld_id * 7 + season) % 17 = 0 THEN 'F'
            WHEN season = 2025 AND fld_id % 8 = 0 THEN 'G'
            ELSE 'H' END
FROM n;

-- ---------------------------------------------------------------- hrv (harvest deliveries to the cooperative)
CREATE TABLE hrv (
    hrv_id       integer PRIMARY KEY,
    plnt_id      integer NOT NULL REFERENCES plnt (plnt_id),
    hrv_dt       date NOT NULL,
    hrv_kg       numeric(10,1) NOT NULL,
    grade        char(1) NOT NULL,
    moist_pct    numeric(4,1),
    tkt_no       varchar(12) NOT NULL
);
COMMENT ON TABLE hrv IS 'Harvest deliveries (loads weighed in at the cooperative); a planting can have several';
COMMENT ON COLUMN hrv.hrv_kg IS 'net weight delivered, kg';
COMMENT ON COLUMN hrv.grade IS 'A = premium, B = standard, C = feed / processing, R = rejected';
COMMENT ON COLUMN hrv.moist_pct IS 'moisture at intake, percent; NULL = not measured';
COMMENT ON COLUMN hrv.tkt_no IS 'weighbridge ticket number';

INSERT INTO hrv (hrv_id, plnt_id, hrv_dt, hrv_kg, grade, moist_pct, tkt_no)
WITH l AS (
    SELECT p.plnt_id, k,
           1 + p.plnt_id % 4 AS n_loads,
           p.plnt_dt + c.days_to_mat + k * 3 + p.plnt_id % 7 AS hrv_dt,
           f.area_ha * c.exp_yld_kg_ha * (0.80 + ((p.plnt_id * 13) % 40) / 100.0) AS total_kg
    FROM plnt p
    JOIN crop c ON c.crop_id = p.crop_id
    JOIN fld f ON f.fld_id = p.fld_id
    CROSS JOIN LATERAL generate_series(0, p.plnt_id % 4) AS k
    WHERE p.plnt_status = 'H'
), n AS (
    SELECT l.*, row_number() OVER (ORDER BY hrv_dt, plnt_id, k) AS rn FROM l
)
SELECT rn, plnt_id, hrv_dt,
       round(total_kg / n_loads * (0.9 + 0.2 * k / n_loads), 1),
       CASE WHEN (rn * 7) % 20 < 9 THEN 'A' WHEN (rn * 7) % 20 < 15 THEN 'B' WHEN (rn * 7) % 20 < 19 THEN 'C' ELSE 'R' END,
       CASE WHEN rn % 10 = 0 THEN NULL ELSE 11 + ((rn * 3) % 80) / 10.0 END,
       'WB' || to_char(hrv_dt, 'YY') || '-' || lpad(rn::text, 5, '0')
FROM n;

-- ---------------------------------------------------------------- equip (shared machinery)
CREATE TABLE equip (
    equip_id    integer PRIMARY KEY,
    equip_nm    text NOT NULL,
    equip_type  char(2) NOT NULL,
    hr_rate     numeric(7,2) NOT NULL,
    bought_dt   date NOT NULL,
    retired_dt  date,
    has_gps     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE equip IS 'Machinery owned by the cooperative and rented out to members';
COMMENT ON COLUMN equip.equip_type IS 'TR = tractor, CH = combine harvester, SP = sprayer, SD = seed drill, TL = grain trailer, BL = baler';
COMMENT ON COLUMN equip.hr_rate IS 'rental rate per hour of use, EUR';
COMMENT ON COLUMN equip.retired_dt IS 'date taken out of service (sold or scrapped); NULL = still in service';

INSERT INTO equip (equip_id, equip_nm, equip_type, hr_rate, bought_dt, retired_dt, has_gps) VALUES
    (1,  'John Deere 6155R #1',       'TR',  48.00, '2016-03-14', NULL,         true),
    (2,  'John Deere 6155R #2',       'TR',  48.00, '2016-03-14', NULL,         true),
    (3,  'Fendt 724 Vario',           'TR',  55.00, '2018-02-20', NULL,         true),
    (4,  'Massey Ferguson 5713',      'TR',  38.00, '2012-04-02', '2024-10-31', false),
    (5,  'New Holland T7.270',        'TR',  52.00, '2020-01-15', NULL,         true),
    (6,  'Kubota M7-173',             'TR',  45.00, '2021-05-10', NULL,         true),
    (7,  'Zetor Forterra 140',        'TR',  35.00, '2014-06-01', NULL,         false),
    (8,  'Case IH Puma 185',          'TR',  50.00, '2023-02-01', NULL,         true),
    (9,  'Claas Lexion 760',          'CH', 160.00, '2017-07-01', NULL,         true),
    (10, 'John Deere S780',           'CH', 175.00, '2022-06-15', NULL,         true),
    (11, 'New Holland CX8.80',        'CH', 150.00, '2013-07-20', '2025-03-31', false),
    (12, 'Amazone UX 5201',           'SP',  40.00, '2019-03-01', NULL,         true),
    (13, 'Hardi Navigator 4000',      'SP',  36.00, '2015-03-10', NULL,         false),
    (14, 'Kuhn Oceanis 2',            'SP',  42.00, '2022-03-05', NULL,         true),
    (15, 'Lemken Sirius 10',          'SP',  38.00, '2020-04-01', NULL,         false),
    (16, 'Vaderstad Rapid A 400S',    'SD',  44.00, '2018-02-12', NULL,         true),
    (17, 'Horsch Pronto 6 DC',        'SD',  46.00, '2021-02-22', NULL,         true),
    (18, 'Amazone Cirrus 3003',       'SD',  40.00, '2014-02-28', '2023-12-15', false),
    (19, 'Kverneland Optima TF',      'SD',  43.00, '2023-01-30', NULL,         true),
    (20, 'Krampe Bandit 750',         'TL',  18.00, '2016-08-01', NULL,         false),
    (21, 'Fliegl ASW 271',            'TL',  20.00, '2019-08-01', NULL,         false),
    (22, 'Joskin Trans-Space 8000',   'TL',  19.00, '2021-07-15', NULL,         false),
    (23, 'Claas Rollant 455',         'BL',  32.00, '2017-05-20', NULL,         false),
    (24, 'Krone Comprima V150',       'BL',  34.00, '2022-05-01', NULL,         true);

-- ---------------------------------------------------------------- equip_bkg (machinery bookings)
CREATE TABLE equip_bkg (
    bkg_id      integer PRIMARY KEY,
    equip_id    integer NOT NULL REFERENCES equip (equip_id),
    mbr_id      integer NOT NULL,
    start_ts    timestamptz NOT NULL,
    end_ts      timestamptz NOT NULL,
    bkg_status  char(1) NOT NULL,
    hrs_used    numeric(5,1),
    fee_amt     numeric(9,2) NOT NULL,
    booked_at   timestamptz NOT NULL
);
COMMENT ON TABLE equip_bkg IS 'Bookings of cooperative machinery by members';
COMMENT ON COLUMN equip_bkg.mbr_id IS 'member farm that booked the machine (coop_mbr.mbr_id)';
COMMENT ON COLUMN equip_bkg.start_ts IS 'booked from';
COMMENT ON COLUMN equip_bkg.end_ts IS 'booked until';
COMMENT ON COLUMN equip_bkg.bkg_status IS 'C = confirmed, X = cancelled by the member, N = no-show';
COMMENT ON COLUMN equip_bkg.hrs_used IS 'engine hours actually used; NULL = not recorded (cancelled, no-show or not returned yet)';
COMMENT ON COLUMN equip_bkg.fee_amt IS 'amount charged to the member, EUR (cancellations are free, no-shows pay a flat 50)';

INSERT INTO equip_bkg (bkg_id, equip_id, mbr_id, start_ts, end_ts, bkg_status, hrs_used, fee_amt, booked_at)
WITH b AS (
    SELECT g,
           1 + (g * 7) % 24 AS e0,
           1 + (g * 11) % 40 AS m0,
           timestamptz '2023-03-01 06:00:00+00' + g * interval '17 hours' AS start_ts,
           4 + (g * 5) % 9 AS plan_hrs
    FROM generate_series(1, 1400) AS g
), r AS (
    SELECT b.g, b.start_ts, b.plan_hrs,
           CASE WHEN e.retired_dt IS NOT NULL AND b.start_ts >= e.retired_dt THEN b.e0 + 1 ELSE b.e0 END AS equip_id,
           CASE WHEN b.m0 % 7 = 3 THEN b.m0 + 1 ELSE b.m0 END AS mbr_id,   -- a few members never book
           CASE WHEN b.g % 13 = 0 THEN 'X' WHEN b.g % 29 = 0 THEN 'N' ELSE 'C' END AS bkg_status
    FROM b JOIN equip e ON e.equip_id = b.e0
), u AS (
    SELECT r.*,
           CASE WHEN bkg_status <> 'C' THEN NULL
                WHEN start_ts >= timestamptz '2025-11-10 00:00:00+00' THEN NULL
                ELSE plan_hrs - (g % 3) * 0.5 END AS hrs_used
    FROM r
)
SELECT u.g, u.equip_id, u.mbr_id, u.start_ts, u.start_ts + u.plan_hrs * interval '1 hour', u.bkg_status, u.hrs_used,
       CASE u.bkg_status WHEN 'X' THEN 0 WHEN 'N' THEN 50
            ELSE round(coalesce(u.hrs_used, u.plan_hrs) * e.hr_rate, 2) END,
       u.start_ts - ((2 + u.g % 12) * interval '1 day') - ((u.g * 7) % 10) * interval '1 hour'
FROM u JOIN equip e ON e.equip_id = u.equip_id;

-- ---------------------------------------------------------------- sensor_rdg (field sensor readings)
CREATE TABLE sensor_rdg (
    rdg_id        bigint PRIMARY KEY,
    fld_id        integer NOT NULL,
    rdg_ts        timestamptz NOT NULL,
    soil_mst_pct  numeric(4,1),
    soil_tmp_c    numeric(4,1),
    air_tmp_c     numeric(4,1),
    rain_mm       numeric(5,1) NOT NULL DEFAULT 0,
    batt_low      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE sensor_rdg IS 'Daily readings of the soil / weather stations installed in some fields';
COMMENT ON COLUMN sensor_rdg.fld_id IS 'field (fld.fld_id) the station stands in';
COMMENT ON COLUMN sensor_rdg.soil_mst_pct IS 'volumetric soil moisture, percent; NULL = probe fault, no value';
COMMENT ON COLUMN sensor_rdg.soil_tmp_c IS 'soil temperature at 10 cm, degrees C';
COMMENT ON COLUMN sensor_rdg.rain_mm IS 'rainfall over the previous 24 hours, mm';
COMMENT ON COLUMN sensor_rdg.batt_low IS 'station reported a low battery';

INSERT INTO sensor_rdg (rdg_id, fld_id, rdg_ts, soil_mst_pct, soil_tmp_c, air_tmp_c, rain_mm, batt_low)
WITH r AS (
    SELECT f AS fld_id, d, (d - date '2025-03-01') AS dn,
           extract(doy FROM d)::int AS doy
    FROM generate_series(12, 144, 12) AS f
    CROSS JOIN generate_series(date '2025-03-01', date '2025-11-30', interval '1 day') AS dd
    CROSS JOIN LATERAL (SELECT dd::date AS d) x
    WHERE NOT (f = 36 AND d > date '2025-09-14')        -- station broke down
      AND NOT (f = 96 AND d > date '2025-11-02')
), n AS (
    SELECT r.*, row_number() OVER (ORDER BY d, fld_id) AS rn FROM r
)
SELECT rn, fld_id,
       (d + time '06:00') AT TIME ZONE 'UTC',
       CASE WHEN (dn + fld_id) % 23 = 0 THEN NULL
            ELSE 16 + (dn * 7 + fld_id * 3) % 25 + CASE WHEN doy BETWEEN 170 AND 250 THEN -6 ELSE 0 END END,
       round((4 + 14 * sin(pi() * (doy - 60) / 240.0) + ((dn + fld_id) % 5) * 0.3)::numeric, 1),
       round((3 + 17 * sin(pi() * (doy - 60) / 240.0) + ((dn * 3 + fld_id) % 7) * 0.4 - 1)::numeric, 1),
       CASE WHEN (dn * 13 + fld_id) % 7 = 0 THEN ((dn * 17 + fld_id) % 45) + 0.5 * (fld_id % 2)
            WHEN (dn * 13 + fld_id) % 7 = 3 THEN ((dn + fld_id) % 6) * 0.8
            ELSE 0 END,
       (dn + fld_id * 5) % 31 = 0
FROM n;

-- Made-up schema: a commercial glasshouse grower of tomatoes, cucumbers and sweet peppers
-- (glasshouse compartments, crop plantings, daily climate readings, harvest picks, pest scouting,
-- biological control releases, supermarket customers and pallet shipments with depot rejections).
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is 2026-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS plt_shp;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS bio_rel;
DROP TABLE IF EXISTS pest_obs;
DROP TABLE IF EXISTS hv_pick;
DROP TABLE IF EXISTS clim_day;
DROP TABLE IF EXISTS crop_plnt;
DROP TABLE IF EXISTS gh_cmpt;

-- ---------------------------------------------------------------- gh_cmpt (glasshouse compartments)
CREATE TABLE gh_cmpt (
    cmpt_no   smallint PRIMARY KEY,
    site_cd   char(1) NOT NULL,
    area_m2   integer NOT NULL,
    gutter_m  numeric(3,1) NOT NULL,
    lit_cd    char(1) NOT NULL,
    heat_cd   char(1) NOT NULL,
    built_yr  smallint,
    rmk       text
);
COMMENT ON TABLE gh_cmpt IS 'Glasshouse compartments (separately climate-controlled sections of the glasshouses)';
COMMENT ON COLUMN gh_cmpt.cmpt_no IS 'compartment number as painted on the corridor door';
COMMENT ON COLUMN gh_cmpt.site_cd IS 'W = Westmoor (main site), E = Eastfield (older glass)';
COMMENT ON COLUMN gh_cmpt.area_m2 IS 'net growing area in square metres';
COMMENT ON COLUMN gh_cmpt.gutter_m IS 'gutter height in metres';
COMMENT ON COLUMN gh_cmpt.lit_cd IS 'supplementary lighting: N = none, S = SON-T high-pressure sodium, L = LED';
COMMENT ON COLUMN gh_cmpt.heat_cd IS 'heat source: C = gas CHP, B = biomass boiler, H = heat pump';

INSERT INTO gh_cmpt (cmpt_no, site_cd, area_m2, gutter_m, lit_cd, heat_cd, built_yr, rmk) VALUES
    (1,  'W', 18000, 6.5, 'L', 'C', 2016, NULL),
    (2,  'W', 18000, 6.5, 'L', 'C', 2016, NULL),
    (3,  'W', 12000, 6.0, 'N', 'C', 2009, NULL),
    (4,  'E',  9600, 5.5, 'N', 'B', 1998, 'switched from tomato to pepper for 2026'),
    (5,  'E',  8000, 5.5, 'S', 'B', 2001, NULL),
    (6,  'E',  8000, 5.5, 'S', 'B', 2001, NULL),
    (7,  'E',  6400, 5.0, 'N', 'B', 1994, 'roof repairs summer 2026, replanted late'),
    (8,  'W', 14400, 6.0, 'N', 'H', 2012, NULL),
    (9,  'W', 14400, 6.0, 'N', 'H', 2012, NULL),
    (10, 'E', 10800, 5.0, 'N', 'B', 1991, 'empty since Dec 2025, awaiting re-glazing');

-- ---------------------------------------------------------------- crop_plnt (plantings)
CREATE TABLE crop_plnt (
    plnt_id   integer PRIMARY KEY,
    cmpt_no   smallint NOT NULL REFERENCES gh_cmpt (cmpt_no),
    crop_cd   char(3) NOT NULL,
    vrty      text NOT NULL,
    plnt_dt   date NOT NULL,
    end_dt    date,
    stems_m2  numeric(3,1) NOT NULL,
    grft_flg  char(1) NOT NULL
);
COMMENT ON TABLE crop_plnt IS 'Crop plantings: one row per crop planted in a compartment, from planting to clearing out';
COMMENT ON COLUMN crop_plnt.crop_cd IS 'TOM = tomato, CUC = cucumber, PEP = sweet pepper';
COMMENT ON COLUMN crop_plnt.vrty IS 'variety (cultivar) name';
COMMENT ON COLUMN crop_plnt.plnt_dt IS 'date the young plants were set out in the compartment';
COMMENT ON COLUMN crop_plnt.end_dt IS 'date the crop was cleared out; NULL = still in crop';
COMMENT ON COLUMN crop_plnt.stems_m2 IS 'stem density, stems per square metre';
COMMENT ON COLUMN crop_plnt.grft_flg IS 'Y = grafted on a rootstock, N = own roots';

INSERT INTO crop_plnt (plnt_id, cmpt_no, crop_cd, vrty, plnt_dt, end_dt, stems_m2, grft_flg) VALUES
    (1,  1,  'TOM', 'Merlice',   '2024-12-10', '2025-11-21', 3.3, 'Y'),
    (2,  2,  'TOM', 'Merlice',   '2024-12-12', '2025-11-24', 3.3, 'Y'),
    (3,  3,  'TOM', 'Brioso',    '2025-01-06', '2025-11-14', 3.8, 'Y'),
    (4,  4,  'TOM', 'Brioso',    '2025-01-08', '2025-10-31', 3.8, 'N'),
    (5,  5,  'CUC', 'Proloog',   '2025-01-05', '2025-04-12', 1.6, 'N'),
    (6,  6,  'CUC', 'Proloog',   '2025-01-12', '2025-04-20', 1.6, 'N'),
    (7,  7,  'CUC', 'Hi-Jack',   '2025-01-19', '2025-04-26', 1.5, 'N'),
    (8,  8,  'PEP', 'Maranello', '2024-12-16', '2025-11-07', 7.0, 'Y'),
    (9,  9,  'PEP', 'Maranello', '2024-12-18', '2025-11-10', 7.0, 'Y'),
    (10, 10, 'PEP', 'Bentley',   '2024-12-20', '2025-11-12', 7.0, 'Y'),
    (11, 5,  'CUC', 'Proloog',   '2025-04-22', '2025-07-26', 1.6, 'N'),
    (12, 6,  'CUC', 'Proloog',   '2025-04-29', '2025-08-02', 1.6, 'N'),
    (13, 7,  'CUC', 'Hi-Jack',   '2025-05-06', '2025-08-09', 1.5, 'N'),
    (14, 5,  'CUC', 'Hi-Jack',   '2025-08-05', '2025-11-22', 1.5, 'N'),
    (15, 6,  'CUC', 'Hi-Jack',   '2025-08-12', '2025-11-29', 1.5, 'N'),
    (16, 7,  'CUC', 'Proloog',   '2025-08-19', '2025-12-05', 1.6, 'N'),
    (17, 1,  'TOM', 'Merlice',   '2025-12-08', NULL,         3.4, 'Y'),
    (18, 2,  'TOM', 'Merlice',   '2025-12-10', '2026-11-20', 3.4, 'Y'),
    (19, 3,  'TOM', 'Brioso',    '2026-01-05', NULL,         3.8, 'Y'),
    (20, 4,  'PEP', 'Sven',      '2025-12-15', '2026-11-13', 7.2, 'Y'),
    (21, 8,  'PEP', 'Maranello', '2025-12-15', NULL,         7.0, 'Y'),
    (22, 9,  'PEP', 'Sven',      '2025-12-17', '2026-11-06', 7.2, 'Y'),
    (23, 5,  'CUC', 'Proloog',   '2026-01-06', '2026-04-11', 1.6, 'N'),
    (24, 6,  'CUC', 'Proloog',   '2026-01-13', '2026-04-18', 1.6, 'N'),
    (25, 7,  'CUC', 'Hi-Jack',   '2026-01-20', '2026-04-25', 1.5, 'N'),
    (26, 5,  'CUC', 'Proloog',   '2026-04-21', '2026-07-25', 1.6, 'N'),
    (27, 6,  'CUC', 'Hi-Jack',   '2026-04-28', '2026-08-01', 1.5, 'N'),
    (28, 7,  'CUC', 'Hi-Jack',   '2026-05-05', '2026-06-20', 1.5, 'N'),
    (29, 5,  'CUC', 'Hi-Jack',   '2026-08-04', NULL,         1.5, 'N'),
    (30, 6,  'CUC', 'Proloog',   '2026-08-11', NULL,         1.6, 'N'),
    (31, 7,  'CUC', 'Proloog',   '2026-11-17', NULL,         1.6, 'N');

-- ---------------------------------------------------------------- clim_day (daily climate summary)
CREATE TABLE clim_day (
    cmpt_no  smallint NOT NULL REFERENCES gh_cmpt (cmpt_no),
    rd_dt    date NOT NULL,
    t_avg    numeric(4,1) NOT NULL,
    t_min    numeric(4,1) NOT NULL,
    t_max    numeric(4,1) NOT NULL,
    rh_avg   numeric(4,1) NOT NULL,
    co2_ppm  smallint NOT NULL,
    par_mol  numeric(4,1) NOT NULL,
    PRIMARY KEY (cmpt_no, rd_dt)
);
COMMENT ON TABLE clim_day IS 'Daily climate summary per compartment from the climate computer (a day is missing when the logger was down)';
COMMENT ON COLUMN clim_day.rd_dt IS 'day the readings summarise (00:00-24:00)';
COMMENT ON COLUMN clim_day.t_avg IS '24-hour mean air temperature, deg C';
COMMENT ON COLUMN clim_day.t_min IS 'lowest air temperature of the day, deg C';
COMMENT ON COLUMN clim_day.t_max IS 'highest air temperature of the day, deg C';
COMMENT ON COLUMN clim_day.rh_avg IS '24-hour mean relative humidity, %';
COMMENT ON COLUMN clim_day.co2_ppm IS 'daytime mean CO2 concentration, ppm';
COMMENT ON COLUMN clim_day.par_mol IS 'light sum at crop level, mol PAR per m2 per day (sun plus lamps)';

INSERT INTO clim_day (cmpt_no, rd_dt, t_avg, t_min, t_max, rh_avg, co2_ppm, par_mol)
WITH d AS (
    SELECT c.cmpt_no, c.lit_cd, i, date '2025-01-01' + i AS rd_dt,
           extract(month from date '2025-01-01' + i)::int AS mo
    FROM gh_cmpt c
    CROSS JOIN generate_series(0, date '2026-11-30' - date '2025-01-01') AS i
    WHERE (i * 7 + c.cmpt_no * 11) % 89 <> 0                        -- logger outages
), v AS (
    SELECT d.*,
           (ARRAY[185,188,195,205,218,232,245,242,225,205,192,186])[mo] + (i * 7 + cmpt_no * 13) % 21 - 10 AS t10
    FROM d
)
SELECT cmpt_no, rd_dt,
       t10 / 10.0,
       (t10 - 25 - (i * 3 + cmpt_no) % 20) / 10.0,
       (t10 + 30 + (i * 11 + cmpt_no * 5) % 60 + CASE WHEN cmpt_no IN (4, 7, 10) THEN 8 ELSE 0 END) / 10.0,
       ((ARRAY[830,825,810,790,770,755,745,750,770,795,815,830])[mo] + (i * 17 + cmpt_no * 3) % 81 - 40) / 10.0,
       (ARRAY[920,900,860,760,640,540,500,510,620,780,880,920])[mo] + (i * 29 + cmpt_no * 7) % 121 - 60,
       ((ARRAY[45,70,110,160,200,230,225,195,145,95,55,40])[mo] + (i * 13 + cmpt_no) % 41 - 20
        + CASE WHEN lit_cd IN ('L', 'S') AND mo IN (1, 2, 3, 10, 11, 12) THEN CASE lit_cd WHEN 'L' THEN 90 ELSE 70 END ELSE 0 END) / 10.0
FROM v;

-- ---------------------------------------------------------------- hv_pick (harvest picks)
CREATE TABLE hv_pick (
    pick_id  integer PRIMARY KEY,
    plnt_id  integer NOT NULL REFERENCES crop_plnt (plnt_id),
    pick_dt  date NOT NULL,
    cls_cd   char(1) NOT NULL,
    crates   smallint NOT NULL,
    kg_net   numeric(8,1) NOT NULL
);
COMMENT ON TABLE hv_pick IS 'Harvest picks: weighed output of one pick of a planting, one row per quality class';
COMMENT ON COLUMN hv_pick.pick_dt IS 'day of the pick';
COMMENT ON COLUMN hv_pick.cls_cd IS '1 = Class I, 2 = Class II, X = out-grade (not sold, goes to waste)';
COMMENT ON COLUMN hv_pick.crates IS 'number of harvest crates filled';
COMMENT ON COLUMN hv_pick.kg_net IS 'net weight picked in kg, crate tare deducted';

INSERT INTO hv_pick (pick_id, plnt_id, pick_dt, cls_cd, crates, kg_net)
WITH p AS (
    SELECT pl.plnt_id, pl.crop_cd, c.area_m2, pl.plnt_dt,
           least(coalesce(pl.end_dt - 3, date '2026-11-30'), date '2026-11-30') AS last_dt,
           CASE pl.crop_cd WHEN 'TOM' THEN 66 + (pl.plnt_id * 5) % 9
                           WHEN 'CUC' THEN 26 + (pl.plnt_id * 5) % 7
                           ELSE 82 + (pl.plnt_id * 2) % 9 END AS lag_d,
           CASE pl.crop_cd WHEN 'TOM' THEN 3 WHEN 'CUC' THEN 2 ELSE 7 END AS step_d,
           CASE pl.crop_cd WHEN 'TOM' THEN 50 WHEN 'CUC' THEN 42 ELSE 62 END AS g10_m2
    FROM crop_plnt pl JOIN gh_cmpt c ON c.cmpt_no = pl.cmpt_no
), d AS (
    SELECT p.*, n, p.plnt_dt + p.lag_d + n * p.step_d AS pick_dt
    FROM p CROSS JOIN LATERAL generate_series(0, 120) AS n
    WHERE p.plnt_dt + p.lag_d + n * p.step_d <= p.last_dt
), t AS (
    SELECT d.*,
           area_m2 * g10_m2 / 100.0
             * (ARRAY[40,55,80,100,115,120,120,115,100,80,55,40])[extract(month from pick_dt)::int] / 100.0
             * (90 + (n * 7 + plnt_id) % 21) / 100.0
             * least(1.0, (n + 1) / 5.0) AS kg_tot,
           78 + (n * 3 + plnt_id) % 10 - CASE crop_cd WHEN 'CUC' THEN 4 ELSE 0 END AS s1,
           8 + n % 5 AS s2
    FROM d
), k AS (
    SELECT plnt_id, crop_cd, pick_dt, '1' AS cls_cd, round(kg_tot * s1 / 100.0, 1) AS kg FROM t
    UNION ALL
    SELECT plnt_id, crop_cd, pick_dt, '2', round(kg_tot * s2 / 100.0, 1) FROM t
    UNION ALL
    SELECT plnt_id, crop_cd, pick_dt, 'X', round(kg_tot * (100 - s1 - s2) / 100.0, 1) FROM t WHERE n % 4 = 0
)
SELECT row_number() OVER (ORDER BY pick_dt, plnt_id, cls_cd), plnt_id, pick_dt, cls_cd,
       ceil(kg / CASE crop_cd WHEN 'TOM' THEN 6.0 WHEN 'CUC' THEN 8.0 ELSE 5.0 END)::smallint, kg
FROM k;

-- ---------------------------------------------------------------- pest_obs (weekly scouting)
CREATE TABLE pest_obs (
    obs_id    integer PRIMARY KEY,
    cmpt_no   smallint NOT NULL REFERENCES gh_cmpt (cmpt_no),
    obs_dt    date NOT NULL,
    pest_cd   char(2) NOT NULL,
    cnt       integer NOT NULL,
    sev       smallint NOT NULL,
    scout_ini varchar(4) NOT NULL
);
COMMENT ON TABLE pest_obs IS 'Pest and disease scouting: one row per pest checked on a weekly scouting round of a compartment';
COMMENT ON COLUMN pest_obs.pest_cd IS 'WF = whitefly, TR = thrips, SM = two-spotted spider mite, AP = aphids, TA = Tuta absoluta (tomato leaf miner), PM = powdery mildew';
COMMENT ON COLUMN pest_obs.cnt IS 'insects on the sticky/pheromone traps, or infested leaves per 100 checked (PM, SM, AP)';
COMMENT ON COLUMN pest_obs.sev IS 'severity: 0 = none found, 1 = low, 2 = moderate, 3 = severe';
COMMENT ON COLUMN pest_obs.scout_ini IS 'initials of the scout';

INSERT INTO pest_obs (obs_id, cmpt_no, obs_dt, pest_cd, cnt, sev, scout_ini)
WITH r AS (
    SELECT c.cmpt_no, w, date '2025-01-06' + 7 * w + c.cmpt_no % 3 AS obs_dt
    FROM gh_cmpt c CROSS JOIN generate_series(0, 99) AS w
), rc AS (
    SELECT r.*, pl.crop_cd
    FROM r JOIN crop_plnt pl
      ON pl.cmpt_no = r.cmpt_no AND r.obs_dt >= pl.plnt_dt AND r.obs_dt <= coalesce(pl.end_dt, date '2026-11-30')
    WHERE r.obs_dt <= date '2026-11-30'
), pc AS (
    SELECT * FROM (VALUES ('TOM','WF',1), ('TOM','TA',2), ('TOM','SM',3),
                          ('CUC','TR',1), ('CUC','SM',2), ('CUC','AP',3), ('CUC','PM',4),
                          ('PEP','TR',1), ('PEP','AP',2), ('PEP','WF',3)) AS x (crop_cd, pest_cd, p_idx)
), o AS (
    SELECT rc.cmpt_no, rc.w, rc.obs_dt, pc.pest_cd, pc.p_idx,
           CASE WHEN pc.pest_cd = 'TA' AND (rc.w + rc.cmpt_no) % 5 <> 0 THEN 0
                ELSE ((rc.w * 13 + rc.cmpt_no * 7 + pc.p_idx * 5) % 23)
                     * (ARRAY[10,15,30,60,90,120,140,130,90,50,20,10])[extract(month from rc.obs_dt)::int] / 100 END AS cnt
    FROM rc JOIN pc ON pc.crop_cd = rc.crop_cd
)
SELECT row_number() OVER (ORDER BY obs_dt, cmpt_no, p_idx), cmpt_no, obs_dt, pest_cd, cnt,
       CASE WHEN cnt = 0 THEN 0 WHEN cnt <= 5 THEN 1 WHEN cnt <= 15 THEN 2 ELSE 3 END,
       (ARRAY['JvD','MK','AR'])[1 + (w + cmpt_no) % 3]
FROM o;

-- ---------------------------------------------------------------- bio_rel (biological control releases)
CREATE TABLE bio_rel (
    rel_id    integer PRIMARY KEY,
    cmpt_no   smallint NOT NULL REFERENCES gh_cmpt (cmpt_no),
    rel_dt    date NOT NULL,
    agent_cd  char(2) NOT NULL,
    qty_k     numeric(7,1) NOT NULL,
    cost_eur  numeric(9,2) NOT NULL,
    supp_cd   char(2) NOT NULL,
    obs_id    integer REFERENCES pest_obs (obs_id)
);
COMMENT ON TABLE bio_rel IS 'Releases of beneficial insects and mites (biological pest control) into a compartment';
COMMENT ON COLUMN bio_rel.agent_cd IS 'EF = Encarsia formosa (whitefly parasitoid), AS = Amblyseius swirskii (thrips/whitefly predatory mite), PP = Phytoseiulus persimilis (spider mite predator), AC = Aphidius colemani (aphid parasitoid), MC = Macrolophus caliginosus (predatory bug)';
COMMENT ON COLUMN bio_rel.qty_k IS 'number of individuals released, in thousands';
COMMENT ON COLUMN bio_rel.cost_eur IS 'invoice cost of the release, EUR';
COMMENT ON COLUMN bio_rel.supp_cd IS 'BF = BioFauna BV, NG = NatGuard Ltd';
COMMENT ON COLUMN bio_rel.obs_id IS 'scouting record that triggered the release; NULL = routine preventive release';

INSERT INTO bio_rel (rel_id, cmpt_no, rel_dt, agent_cd, qty_k, cost_eur, supp_cd, obs_id)
WITH rounds AS (
    SELECT DISTINCT o.cmpt_no, o.obs_dt, (o.obs_dt - date '2025-01-06') / 7 AS w, pl.crop_cd
    FROM pest_obs o JOIN crop_plnt pl
      ON pl.cmpt_no = o.cmpt_no AND o.obs_dt >= pl.plnt_dt AND o.obs_dt <= coalesce(pl.end_dt, date '2026-11-30')
), rel AS (
    SELECT o.cmpt_no, o.obs_dt + 1 AS rel_dt,
           CASE o.pest_cd WHEN 'WF' THEN 'EF' WHEN 'TR' THEN 'AS' WHEN 'SM' THEN 'PP' WHEN 'AP' THEN 'AC' ELSE 'MC' END AS agent_cd,
           c.area_m2 / 1000.0 * o.sev * CASE o.pest_cd WHEN 'WF' THEN 2.5 WHEN 'TR' THEN 25 WHEN 'SM' THEN 0.4 WHEN 'AP' THEN 0.3 ELSE 0.25 END AS qty_k,
           o.obs_id
    FROM pest_obs o JOIN gh_cmpt c ON c.cmpt_no = o.cmpt_no
    WHERE o.sev >= 2 AND o.pest_cd <> 'PM'
    UNION ALL
    SELECT r.cmpt_no, r.obs_dt + 2,
           CASE r.crop_cd WHEN 'TOM' THEN 'EF' ELSE 'AS' END,
           c.area_m2 / 1000.0 * CASE r.crop_cd WHEN 'TOM' THEN 3 ELSE 50 END,
           NULL::integer
    FROM rounds r JOIN gh_cmpt c ON c.cmpt_no = r.cmpt_no
    WHERE (r.crop_cd = 'TOM' AND r.w % 2 = 0 AND extract(month from r.obs_dt) BETWEEN 3 AND 9)
       OR (r.crop_cd = 'CUC' AND r.w % 2 = 1)
       OR (r.crop_cd = 'PEP' AND r.w % 4 = 0)
)
SELECT row_number() OVER (ORDER BY rel_dt, cmpt_no, agent_cd, obs_id NULLS FIRST), cmpt_no, rel_dt, agent_cd,
       round(qty_k, 1),
       round(qty_k * CASE agent_cd WHEN 'EF' THEN 9.0 WHEN 'AS' THEN 3.5 WHEN 'PP' THEN 30.0 WHEN 'AC' THEN 25.0 ELSE 60.0 END, 2),
       CASE WHEN agent_cd IN ('EF', 'PP', 'MC') THEN 'BF' ELSE 'NG' END,
       obs_id
FROM rel
WHERE rel_dt <= date '2026-11-30';

-- ---------------------------------------------------------------- cust (supermarket customers)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    cust_nm   text NOT NULL,
    dc_city   text NOT NULL,
    ctry_cd   char(2) NOT NULL,
    act_flg   char(1) NOT NULL DEFAULT 'Y',
    since_dt  date
);
COMMENT ON TABLE cust IS 'Supermarket chains we supply; pallets go to their distribution centre (depot)';
COMMENT ON COLUMN cust.dc_city IS 'city of the customer''s receiving depot';
COMMENT ON COLUMN cust.ctry_cd IS 'ISO country code of the depot';
COMMENT ON COLUMN cust.act_flg IS 'Y = active supply contract, N = no current contract';
COMMENT ON COLUMN cust.since_dt IS 'first supply contract date';

INSERT INTO cust (cust_id, cust_nm, dc_city, ctry_cd, act_flg, since_dt) VALUES
    (1, 'Greenway Supermarkets', 'Utrecht',   'NL', 'Y', '2014-03-01'),
    (2, 'FreshCo Retail',        'Duisburg',  'DE', 'Y', '2017-06-15'),
    (3, 'Marchant & Lowe',       'Daventry',  'GB', 'Y', '2019-01-07'),
    (4, 'Valu Foods',            'Antwerp',   'BE', 'Y', '2020-09-01'),
    (5, 'Northfield Grocers',    'Hamburg',   'DE', 'Y', '2021-02-01'),
    (6, 'Corner Fresh',          'Rotterdam', 'NL', 'Y', '2023-04-03'),
    (7, 'Bramble Market',        'Leeds',     'GB', 'N', '2024-11-18'),
    (8, 'Epicerie Duval',        'Lille',     'FR', 'Y', '2025-05-05');

-- ---------------------------------------------------------------- plt_shp (pallet shipments)
CREATE TABLE plt_shp (
    plt_no    integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES cust (cust_id),
    crop_cd   char(3) NOT NULL,
    cls_cd    char(1) NOT NULL,
    boxes     smallint NOT NULL,
    kg_net    numeric(7,1) NOT NULL,
    eur_kg    numeric(5,2) NOT NULL,
    disp_ts   timestamptz NOT NULL,
    arr_ts    timestamptz,
    stat_cd   char(1) NOT NULL,
    rej_cd    char(2)
);
COMMENT ON TABLE plt_shp IS 'Pallets shipped to customers'' depots, with the depot''s goods-in verdict';
COMMENT ON COLUMN plt_shp.plt_no IS 'pallet label number (SSCC tail)';
COMMENT ON COLUMN plt_shp.crop_cd IS 'TOM = tomato, CUC = cucumber, PEP = sweet pepper (same codes as crop_plnt)';
COMMENT ON COLUMN plt_shp.cls_cd IS '1 = Class I, 2 = Class II';
COMMENT ON COLUMN plt_shp.kg_net IS 'net product weight on the pallet, kg';
COMMENT ON COLUMN plt_shp.eur_kg IS 'agreed price, EUR per kg';
COMMENT ON COLUMN plt_shp.disp_ts IS 'when the truck left the packhouse';
COMMENT ON COLUMN plt_shp.arr_ts IS 'when the depot booked the pallet in; NULL = still on the road';
COMMENT ON COLUMN plt_shp.stat_cd IS 'T = in transit, A = accepted at depot, R = rejected at depot';
COMMENT ON COLUMN plt_shp.rej_cd IS 'reason for a rejection: SZ = size out of spec, CL = colour/ripeness, DM = damaged/bruised, TP = pulp temperature too high, DC = decay or mould; NULL unless rejected';

INSERT INTO plt_shp (plt_no, cust_id, crop_cd, cls_cd, boxes, kg_net, eur_kg, disp_ts, arr_ts, stat_cd, rej_cd)
WITH b AS (
    SELECT g,
           (ARRAY[1,1,1,2,2,3,3,4,5,6,8,1,2,3,5,4,1])[1 + (g * 7) % 17] AS cust_id,
           (ARRAY['TOM','TOM','CUC','PEP','TOM','PEP','CUC'])[1 + g % 7] AS crop_cd,
           CASE WHEN g % 6 = 0 THEN '2' ELSE '1' END AS cls_cd,
           (140 + g % 40)::smallint AS boxes,
           timestamptz '2025-02-03 05:00:00+00' + g * interval '299 minutes' AS disp_ts
    FROM generate_series(1, 3206) AS g
), t AS (
    SELECT b.*,
           disp_ts + (CASE cust_id WHEN 1 THEN 150 WHEN 6 THEN 120 WHEN 4 THEN 210 WHEN 8 THEN 330
                                   WHEN 2 THEN 360 WHEN 5 THEN 480 ELSE 1140 END
                      + (g * 13) % 180) * interval '1 minute' AS arr_calc,
           CASE cust_id WHEN 1 THEN 3 WHEN 2 THEN 5 WHEN 3 THEN 7 WHEN 4 THEN 4 WHEN 5 THEN 2 ELSE 0 END AS rej_pct
    FROM b
)
SELECT 500000 + g, cust_id, crop_cd, cls_cd, boxes,
       round(boxes * CASE crop_cd WHEN 'TOM' THEN 6.0 WHEN 'CUC' THEN 5.2 ELSE 5.0 END - (g % 9) * 0.5, 1),
       CASE crop_cd WHEN 'TOM' THEN 1.45 WHEN 'CUC' THEN 0.95 ELSE 2.30 END
         - CASE cls_cd WHEN '2' THEN 0.40 ELSE 0 END + (g % 9) * 0.05,
       disp_ts,
       CASE WHEN arr_calc <= timestamptz '2026-11-30 18:00:00+00' THEN arr_calc END,
       CASE WHEN arr_calc > timestamptz '2026-11-30 18:00:00+00' THEN 'T'
            WHEN (g * 17) % 100 < rej_pct THEN 'R'
            ELSE 'A' END,
       CASE WHEN arr_calc <= timestamptz '2026-11-30 18:00:00+00' AND (g * 17) % 100 < rej_pct
            THEN (ARRAY['SZ','CL','DM','TP','DC'])[1 + g % 5] END
FROM t;

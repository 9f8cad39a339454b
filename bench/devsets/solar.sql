-- Made-up schema: an operator of ground-mounted solar parks in Great Britain (sites, inverters,
-- PV string groups, export meters, daily meter reads, on-site weather readings, maintenance
-- visits, inverter faults/alarms, grid curtailment events). Legacy naming, coded columns
-- explained in COMMENT ON COLUMN. Links without a declared FK: wx_rd.site_id -> site_mst.site_id,
-- crtl_evt.site_id -> site_mst.site_id, mnt_visit.inv_id -> inv_mst.inv_id.
-- Data are deterministic (generate_series, modulo arithmetic and cos() of the day of year,
-- no random()); data cut-off is 2025-11-30 (visits dated later are only scheduled).
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS crtl_evt;
DROP TABLE IF EXISTS flt_alm;
DROP TABLE IF EXISTS mnt_visit;
DROP TABLE IF EXISTS wx_rd;
DROP TABLE IF EXISTS gen_rd;
DROP TABLE IF EXISTS mtr_mst;
DROP TABLE IF EXISTS pv_str;
DROP TABLE IF EXISTS inv_mst;
DROP TABLE IF EXISTS site_mst;

-- ---------------------------------------------------------------- site_mst (solar parks)
CREATE TABLE site_mst (
    site_id    integer PRIMARY KEY,
    site_cd    char(3) NOT NULL UNIQUE,
    site_nm    text NOT NULL,
    rgn_cd     char(2) NOT NULL,
    dno_nm     text NOT NULL,
    ac_exp_kw  integer,
    cod_dt     date NOT NULL,
    is_owned   boolean NOT NULL DEFAULT true,
    lat        numeric(7,4) NOT NULL,
    lon        numeric(7,4) NOT NULL
);
COMMENT ON TABLE site_mst IS 'Solar parks (sites) we operate';
COMMENT ON COLUMN site_mst.rgn_cd IS 'region: SC = Scotland, NE = North of England, MI = Midlands, WA = Wales, EA = East Anglia, SE = South East England, SW = South West England';
COMMENT ON COLUMN site_mst.dno_nm IS 'distribution network operator the site is connected to';
COMMENT ON COLUMN site_mst.ac_exp_kw IS 'maximum export capacity agreed in the grid connection, kW (AC)';
COMMENT ON COLUMN site_mst.cod_dt IS 'commercial operation date (first day of generation)';
COMMENT ON COLUMN site_mst.is_owned IS 'true = our own asset; false = operated and maintained for a third-party owner';

INSERT INTO site_mst (site_id, site_cd, site_nm, rgn_cd, dno_nm, cod_dt, is_owned, lat, lon) VALUES
    (1, 'WHT', 'Whitmoor Farm',        'SW', 'NGED',           date '2019-07-01', true,  50.8712, -3.2214),
    (2, 'BRK', 'Brackley Fields',      'MI', 'NGED',           date '2020-03-15', true,  52.0318, -1.1472),
    (3, 'CNB', 'Carnbee Solar Park',   'SC', 'SP Energy Networks', date '2021-05-20', false, 56.2391, -2.7826),
    (4, 'FNM', 'Fenwick Marsh',        'EA', 'UK Power Networks',  date '2018-09-01', true,  52.4427,  1.3318),
    (5, 'HLX', 'Hollins Cross',        'NE', 'Northern Powergrid', date '2022-06-30', true,  54.1873, -1.5021),
    (6, 'LLM', 'Llanfair Meadows',     'WA', 'SP Energy Networks', date '2023-04-12', false, 53.1995, -3.3391),
    (7, 'SLT', 'Saltings Solar',       'SE', 'UK Power Networks',  date '2024-06-14', true,  51.3552,  0.8817),
    (8, 'KRM', 'Kirkton Moss',         'SC', 'SSEN',               date '2025-03-03', true,  55.9512, -3.6043);

-- ---------------------------------------------------------------- inv_mst (inverters)
CREATE TABLE inv_mst (
    inv_id      integer PRIMARY KEY,
    site_id     integer NOT NULL REFERENCES site_mst (site_id),
    inv_tag     varchar(8) NOT NULL,
    mfr         text NOT NULL,
    model       text NOT NULL,
    rated_kw    numeric(6,1) NOT NULL,
    inst_dt     date NOT NULL,
    warr_end_dt date NOT NULL,
    fw_ver      varchar(12),
    inv_st      char(1) NOT NULL
);
COMMENT ON TABLE inv_mst IS 'String inverters installed at the sites';
COMMENT ON COLUMN inv_mst.inv_tag IS 'inverter tag on the site drawings, e.g. INV-07';
COMMENT ON COLUMN inv_mst.rated_kw IS 'rated AC output, kW';
COMMENT ON COLUMN inv_mst.inst_dt IS 'date the inverter was installed (commissioning or replacement)';
COMMENT ON COLUMN inv_mst.warr_end_dt IS 'last day of the manufacturer warranty';
COMMENT ON COLUMN inv_mst.fw_ver IS 'firmware version; NULL = not reported';
COMMENT ON COLUMN inv_mst.inv_st IS 'current state from SCADA: R = running, T = tripped (stopped on a fault), S = stopped for maintenance (isolated), C = communications lost (state unknown)';

INSERT INTO inv_mst (inv_id, site_id, inv_tag, mfr, model, rated_kw, inst_dt, warr_end_dt, fw_ver, inv_st)
WITH i AS (
    SELECT s.site_id, s.cod_dt, n,
           row_number() OVER (ORDER BY s.site_id, n) AS inv_id,
           CASE WHEN s.site_id = 4 AND n % 5 = 0 THEN 'Sungrow'
                ELSE (ARRAY['SMA','Huawei','Sungrow','SMA','Huawei','Sungrow','SolarEdge','Huawei'])[s.site_id] END AS mfr
    FROM site_mst s
    CROSS JOIN LATERAL generate_series(1, 6 + (s.site_id * 5) % 7) AS n
)
SELECT inv_id, site_id, 'INV-' || lpad(n::text, 2, '0'), mfr,
       CASE mfr WHEN 'SMA' THEN 'Sunny Tripower CORE2' WHEN 'Huawei' THEN 'SUN2000-215KTL-H3'
                WHEN 'Sungrow' THEN 'SG250HX' ELSE 'SE100K' END,
       CASE mfr WHEN 'SMA' THEN 110 WHEN 'Huawei' THEN 200 WHEN 'Sungrow' THEN 225 ELSE 100 END,
       CASE WHEN site_id = 4 AND n % 5 = 0 THEN date '2023-10-16' ELSE cod_dt END,
       (CASE WHEN site_id = 4 AND n % 5 = 0 THEN date '2023-10-16' ELSE cod_dt END)
         + CASE WHEN site_id IN (2, 5) THEN interval '10 years' ELSE interval '5 years' END - interval '1 day',
       CASE WHEN inv_id % 13 = 0 THEN NULL
            ELSE (ARRAY['3.1.2','2.4.0','1.9.7','3.0.5'])[1 + (inv_id + site_id) % 4] END,
       CASE WHEN inv_id % 23 = 5 THEN 'T' WHEN inv_id % 31 = 7 THEN 'S' WHEN inv_id % 19 = 11 THEN 'C' ELSE 'R' END
FROM i;

UPDATE site_mst s
SET ac_exp_kw = (SELECT round(sum(i.rated_kw) * 0.9 / 100) * 100 FROM inv_mst i WHERE i.site_id = s.site_id)
WHERE s.site_id <> 6;

-- ---------------------------------------------------------------- pv_str (string groups per MPPT input)
CREATE TABLE pv_str (
    str_id      integer PRIMARY KEY,
    inv_id      integer NOT NULL REFERENCES inv_mst (inv_id),
    mppt_no     smallint NOT NULL,
    n_str       smallint NOT NULL,
    mod_per_str smallint NOT NULL,
    mod_wp      integer NOT NULL,
    orient      char(1) NOT NULL,
    tilt_deg    smallint NOT NULL,
    is_bifacial boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE pv_str IS 'PV string groups: the strings wired in parallel into one MPPT input of an inverter';
COMMENT ON COLUMN pv_str.n_str IS 'number of strings in the group';
COMMENT ON COLUMN pv_str.mod_per_str IS 'modules (panels) in series per string';
COMMENT ON COLUMN pv_str.mod_wp IS 'module rating, watts peak (Wp) per module; DC capacity of the group = n_str * mod_per_str * mod_wp';
COMMENT ON COLUMN pv_str.orient IS 'direction the modules face: S = south, E = east, W = west';
COMMENT ON COLUMN pv_str.tilt_deg IS 'module tilt from horizontal, degrees';

INSERT INTO pv_str (str_id, inv_id, mppt_no, n_str, mod_per_str, mod_wp, orient, tilt_deg, is_bifacial)
WITH g AS (
    SELECT i.inv_id, i.site_id, i.rated_kw, m AS mppt_no,
           (26 + i.inv_id % 3) AS mps,
           CASE WHEN i.site_id = 4 AND i.inst_dt = date '2023-10-16' THEN 445
                ELSE (ARRAY[340, 365, 405, 320, 455, 500, 580, 590])[i.site_id] END AS wp
    FROM inv_mst i CROSS JOIN generate_series(1, 4) AS m
)
SELECT row_number() OVER (ORDER BY inv_id, mppt_no), inv_id, mppt_no,
       greatest(1, round(rated_kw * 1.25 * 1000 / (4.0 * mps * wp)))::smallint,
       mps, wp,
       CASE WHEN site_id = 6 THEN (CASE WHEN mppt_no <= 2 THEN 'E' ELSE 'W' END) ELSE 'S' END,
       CASE WHEN site_id = 6 THEN 10 WHEN site_id IN (3, 8) THEN 30 ELSE 20 + (inv_id % 3) * 2 END,
       site_id IN (7, 8)
FROM g;

-- ---------------------------------------------------------------- mtr_mst (export meters)
CREATE TABLE mtr_mst (
    mtr_id  integer PRIMARY KEY,
    site_id integer NOT NULL REFERENCES site_mst (site_id),
    mtr_sn  varchar(12) NOT NULL UNIQUE,
    mtr_mk  text NOT NULL,
    inst_on date NOT NULL,
    rmv_on  date
);
COMMENT ON TABLE mtr_mst IS 'Fiscal export meters at the point of connection (one in service per site at a time)';
COMMENT ON COLUMN mtr_mst.rmv_on IS 'date the meter was removed / replaced; NULL = in service';

INSERT INTO mtr_mst (mtr_id, site_id, mtr_sn, mtr_mk, inst_on, rmv_on)
SELECT s.site_id, s.site_id,
       'K' || lpad((40311 + s.site_id * 7919)::text, 8, '0'),
       CASE WHEN s.site_id % 2 = 0 THEN 'Elster A1700' ELSE 'Landis+Gyr E650' END,
       s.cod_dt - 14,
       CASE WHEN s.site_id = 3 THEN date '2025-02-10' END
FROM site_mst s
UNION ALL
SELECT 9, 3, 'K00921774', 'Landis+Gyr E650', date '2025-02-11', NULL;

-- ---------------------------------------------------------------- gen_rd (daily meter reads)
CREATE TABLE gen_rd (
    rd_id   integer PRIMARY KEY,
    mtr_id  integer NOT NULL REFERENCES mtr_mst (mtr_id),
    rd_dt   date NOT NULL,
    gen_kwh numeric(9,1) NOT NULL,
    imp_kwh numeric(7,1) NOT NULL,
    qual_cd char(1) NOT NULL,
    UNIQUE (mtr_id, rd_dt)
);
COMMENT ON TABLE gen_rd IS 'Daily interval reads of the export meters (00:00-24:00 UTC)';
COMMENT ON COLUMN gen_rd.rd_dt IS 'the day the read covers';
COMMENT ON COLUMN gen_rd.gen_kwh IS 'energy generated and exported to the grid during the day, kWh';
COMMENT ON COLUMN gen_rd.imp_kwh IS 'energy imported from the grid during the day (night-time auxiliaries), kWh';
COMMENT ON COLUMN gen_rd.qual_cd IS 'A = actual read, E = estimated by the data collector (meter comms failure), S = substituted from inverter totals';

INSERT INTO gen_rd (rd_id, mtr_id, rd_dt, gen_kwh, imp_kwh, qual_cd)
WITH cap AS (
    SELECT i.site_id, sum(p.n_str * p.mod_per_str * p.mod_wp) / 1000.0 AS kwp
    FROM pv_str p JOIN inv_mst i ON i.inv_id = p.inv_id
    GROUP BY i.site_id
), d AS (
    SELECT m.mtr_id, m.site_id, s.rgn_cd, c.kwp, s.ac_exp_kw, dd::date AS rd_dt,
           (dd::date - date '2024-01-01') AS dn,
           extract(doy FROM dd)::int AS doy
    FROM mtr_mst m
    JOIN site_mst s ON s.site_id = m.site_id
    JOIN cap c ON c.site_id = m.site_id
    CROSS JOIN LATERAL generate_series(greatest(m.inst_on, s.cod_dt, date '2024-01-01'),
                                       least(coalesce(m.rmv_on, date '2025-11-30'), date '2025-11-30'),
                                       interval '1 day') AS dd
), v AS (
    SELECT d.*,
           kwp * (3.8 + 2.9 * cos(2 * pi() * (doy - 172) / 365.25))
               * (0.35 + 0.65 * ((dn * 37 + site_id * 11) % 23) / 22.0)
               * CASE rgn_cd WHEN 'SC' THEN 0.85 WHEN 'NE' THEN 0.9 WHEN 'MI' THEN 0.95 WHEN 'WA' THEN 0.95
                             WHEN 'EA' THEN 1.0 ELSE 1.05 END AS e
    FROM d
    WHERE NOT (mtr_id = 5 AND rd_dt BETWEEN date '2024-11-05' AND date '2024-11-12')   -- meter data lost
)
SELECT row_number() OVER (ORDER BY rd_dt, mtr_id), mtr_id, rd_dt,
       CASE WHEN site_id = 4 AND rd_dt BETWEEN date '2025-07-14' AND date '2025-07-17' THEN 0   -- grid outage
            WHEN site_id = 2 AND rd_dt = date '2024-12-02' THEN 0
            WHEN site_id = 6 AND rd_dt BETWEEN date '2025-01-20' AND date '2025-01-22' THEN 0    -- transformer fault
            ELSE round(e::numeric, 1) END,
       round((4 + (dn % 5) * 1.5 + coalesce(ac_exp_kw, 1500) / 400.0)::numeric, 1),
       CASE WHEN (dn + mtr_id * 5) % 37 = 0 THEN 'E' WHEN (dn * 3 + mtr_id) % 101 = 0 THEN 'S' ELSE 'A' END
FROM v;

-- ---------------------------------------------------------------- wx_rd (daily weather at the site weather stations)
CREATE TABLE wx_rd (
    wx_id      integer PRIMARY KEY,
    site_id    integer NOT NULL,
    obs_dt     date NOT NULL,
    ghi_kwh_m2 numeric(5,2),
    tmax_c     numeric(4,1),
    tmin_c     numeric(4,1),
    wind_ms    numeric(4,1),
    rain_mm    numeric(5,1)
);
COMMENT ON TABLE wx_rd IS 'Daily summary from the weather station on each site';
COMMENT ON COLUMN wx_rd.site_id IS 'site (site_mst.site_id) the weather station stands on';
COMMENT ON COLUMN wx_rd.ghi_kwh_m2 IS 'global horizontal irradiation over the day, kWh per square metre; NULL = pyranometer fault';
COMMENT ON COLUMN wx_rd.tmax_c IS 'maximum air temperature of the day, degrees Celsius';
COMMENT ON COLUMN wx_rd.tmin_c IS 'minimum air temperature of the day, degrees Celsius';
COMMENT ON COLUMN wx_rd.wind_ms IS 'mean wind speed, metres per second';
COMMENT ON COLUMN wx_rd.rain_mm IS 'rainfall, mm; NULL = no rain gauge on the station';

INSERT INTO wx_rd (wx_id, site_id, obs_dt, ghi_kwh_m2, tmax_c, tmin_c, wind_ms, rain_mm)
WITH d AS (
    SELECT s.site_id, s.rgn_cd, dd::date AS obs_dt, (dd::date - date '2024-01-01') AS dn,
           extract(doy FROM dd)::int AS doy
    FROM site_mst s
    CROSS JOIN LATERAL generate_series(CASE WHEN s.site_id = 8 THEN date '2024-10-01' ELSE date '2024-01-01' END,
                                       date '2025-11-30', interval '1 day') AS dd
), v AS (
    SELECT d.*,
           ((dn * 37 + site_id * 11) % 23) / 22.0 AS sun,
           13 + 8 * cos(2 * pi() * (doy - 200) / 365.25) + ((dn * 7 + site_id * 5) % 13) - 5
              + CASE rgn_cd WHEN 'SC' THEN -3 WHEN 'NE' THEN -1.5 WHEN 'SE' THEN 1.5 WHEN 'EA' THEN 1 ELSE 0 END AS tmax
    FROM d
)
SELECT row_number() OVER (ORDER BY obs_dt, site_id), site_id, obs_dt,
       CASE WHEN (dn * 7 + site_id) % 53 = 0 THEN NULL
            ELSE round(((3.8 + 2.9 * cos(2 * pi() * (doy - 172) / 365.25)) * (0.35 + 0.65 * sun) * 0.95)::numeric, 2) END,
       round(tmax::numeric, 1),
       round((tmax - 4 - (dn % 5) * 0.8 - 2 * sun)::numeric, 1),
       round((2 + ((dn * 11 + site_id * 3) % 13) * 0.7)::numeric, 1),
       CASE WHEN site_id = 5 THEN NULL
            WHEN sun < 0.4 THEN round((((dn * 17 + site_id) % 9) * 1.3 + 0.4)::numeric, 1)
            ELSE 0 END
FROM v;

-- ---------------------------------------------------------------- mnt_visit (maintenance visits)
CREATE TABLE mnt_visit (
    visit_id  integer PRIMARY KEY,
    site_id   integer NOT NULL REFERENCES site_mst (site_id),
    inv_id    integer,
    visit_dt  date NOT NULL,
    visit_typ char(1) NOT NULL,
    vst_sts   char(1) NOT NULL,
    tech_co   text NOT NULL,
    dur_min   integer,
    cost_gbp  numeric(8,2),
    fu_reqd   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE mnt_visit IS 'Maintenance visits by field technicians';
COMMENT ON COLUMN mnt_visit.inv_id IS 'inverter (inv_mst.inv_id) worked on; NULL = site-wide visit';
COMMENT ON COLUMN mnt_visit.visit_typ IS 'P = planned preventive maintenance, C = corrective (fault call-out), V = vegetation management (grass cutting), W = module washing';
COMMENT ON COLUMN mnt_visit.vst_sts IS 'D = done, S = scheduled (not yet carried out), X = cancelled';
COMMENT ON COLUMN mnt_visit.tech_co IS 'contractor company that sent the technicians';
COMMENT ON COLUMN mnt_visit.dur_min IS 'time on site, minutes; NULL unless done';
COMMENT ON COLUMN mnt_visit.cost_gbp IS 'invoiced cost of the visit incl. parts, GBP; NULL unless done';
COMMENT ON COLUMN mnt_visit.fu_reqd IS 'technician asked for a follow-up visit';

INSERT INTO mnt_visit (visit_id, site_id, inv_id, visit_dt, visit_typ, vst_sts, tech_co, dur_min, cost_gbp, fu_reqd)
WITH b AS (
    SELECT g,
           date '2024-01-02' + (g * 7) % 730 AS visit_dt,
           CASE WHEN g % 10 <= 2 THEN 'C' WHEN g % 10 <= 5 THEN 'P' WHEN g % 10 <= 7 THEN 'V' ELSE 'W' END AS typ,
           1 + (g * 3) % 8 AS site0
    FROM generate_series(1, 520) AS g
), s AS (
    SELECT b.*,
           CASE WHEN b.visit_dt < (SELECT cod_dt FROM site_mst WHERE site_id = b.site0) THEN 1 + (g * 5) % 6 ELSE site0 END AS site_id
    FROM b
), t AS (
    SELECT s.*,
           CASE WHEN visit_dt > date '2025-11-30' THEN 'S' WHEN g % 17 = 0 THEN 'X' ELSE 'D' END AS sts,
           (SELECT count(*) FROM inv_mst i WHERE i.site_id = s.site_id) AS n_inv,
           (SELECT min(inv_id) FROM inv_mst i WHERE i.site_id = s.site_id) AS first_inv
    FROM s
), u AS (
    SELECT t.*,
           CASE WHEN typ = 'C' OR (typ = 'P' AND g % 2 = 0) THEN first_inv + (g * 7) % (n_inv - 2) END AS inv_id,
           CASE typ WHEN 'C' THEN 60 + (g * 37) % 300 WHEN 'P' THEN 120 + (g * 13) % 240
                    WHEN 'V' THEN 240 + (g * 29) % 480 ELSE 360 + (g * 31) % 600 END AS mins
    FROM t
)
SELECT g, site_id, inv_id, visit_dt, typ, sts,
       (ARRAY['Voltaic O&M Ltd','GreenSpan Services','SolarCare UK','Highland Renewables'])
         [CASE WHEN site_id IN (3, 8) AND g % 3 <> 0 THEN 4 ELSE 1 + g % 3 END],
       CASE WHEN sts = 'D' THEN mins END,
       CASE WHEN sts = 'D' THEN round(mins / 60.0 * 68 + CASE WHEN typ = 'C' THEN (g * 53) % 1500 ELSE 0 END, 2) END,
       sts = 'D' AND typ = 'C' AND g % 4 = 0
FROM u;

-- ---------------------------------------------------------------- flt_alm (inverter faults and alarms)
CREATE TABLE flt_alm (
    alm_id     integer PRIMARY KEY,
    inv_id     integer NOT NULL REFERENCES inv_mst (inv_id),
    alm_cd     varchar(4) NOT NULL,
    sev        smallint NOT NULL,
    raised_ts  timestamptz NOT NULL,
    cleared_ts timestamptz,
    ack_by     varchar(8)
);
COMMENT ON TABLE flt_alm IS 'Alarms raised by the inverters (via SCADA)';
COMMENT ON COLUMN flt_alm.alm_cd IS 'GF = ground fault, ISO = low insulation resistance, AFD = arc fault detected, OT = over-temperature derating, FAN = cooling fan failure, GV = grid voltage out of range, GFQ = grid frequency out of range, COM = communication loss';
COMMENT ON COLUMN flt_alm.sev IS '1 = critical (inverter stopped), 2 = major (output reduced), 3 = warning';
COMMENT ON COLUMN flt_alm.cleared_ts IS 'when the alarm cleared; NULL = still active';
COMMENT ON COLUMN flt_alm.ack_by IS 'control-room operator who acknowledged the alarm; NULL = not acknowledged';

INSERT INTO flt_alm (alm_id, inv_id, alm_cd, sev, raised_ts, cleared_ts, ack_by)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-01 06:00:00+00' + g * interval '10 hours 30 minutes' + (g % 7) * interval '11 minutes' AS raised_ts,
           CASE WHEN g % 6 = 0 THEN (ARRAY[12, 33, 47, 60])[1 + (g / 6) % 4] ELSE 1 + (g * 13) % 74 END AS inv_id,
           (ARRAY['COM','GV','OT','COM','GFQ','ISO','FAN','GV','COM','GF','OT','AFD','GV'])[1 + (g * 5) % 13] AS alm_cd
    FROM generate_series(1, 1590) AS g
), c AS (
    SELECT b.*,
           CASE alm_cd WHEN 'GF' THEN 1 WHEN 'AFD' THEN 1 WHEN 'ISO' THEN 1
                       WHEN 'GV' THEN (CASE WHEN g % 3 = 0 THEN 1 ELSE 2 END)
                       WHEN 'COM' THEN 3 ELSE 2 END AS sev,
           CASE alm_cd WHEN 'COM' THEN 5 + (g * 17) % 600 WHEN 'GV' THEN 1 + (g * 3) % 45 WHEN 'GFQ' THEN 1 + g % 20
                       WHEN 'OT' THEN 30 + (g * 7) % 240 WHEN 'FAN' THEN 600 + (g * 41) % 4000
                       ELSE 60 + (g * 29) % 2880 END AS mins
    FROM b
    JOIN inv_mst i USING (inv_id)
    WHERE b.raised_ts >= i.inst_dt
), a AS (
    SELECT inv_id, alm_cd, sev, raised_ts,
           CASE WHEN g > 1570 AND g % 2 = 0 THEN NULL
                WHEN raised_ts + mins * interval '1 minute' > timestamptz '2025-11-30 23:59:59+00' THEN NULL
                ELSE raised_ts + mins * interval '1 minute' END AS cleared_ts,
           CASE WHEN g % 9 = 0 OR g > 1580 THEN NULL
                ELSE (ARRAY['JMK','RPT','AOL','SDV','KWH'])[1 + g % 5] END AS ack_by
    FROM c
    UNION ALL
    -- the alarm that tripped each currently tripped inverter, and the comms loss of each unreachable one
    SELECT inv_id,
           CASE inv_st WHEN 'T' THEN (CASE WHEN inv_id % 2 = 0 THEN 'GF' ELSE 'ISO' END) ELSE 'COM' END,
           CASE inv_st WHEN 'T' THEN 1 ELSE 3 END,
           timestamptz '2025-11-27 09:12:00+00' + inv_id * interval '47 minutes',
           NULL,
           CASE WHEN inv_id % 2 = 0 THEN 'SDV' END
    FROM inv_mst
    WHERE inv_st IN ('T', 'C')
)
SELECT row_number() OVER (ORDER BY raised_ts, inv_id), inv_id, alm_cd, sev, raised_ts, cleared_ts, ack_by
FROM a;

-- ---------------------------------------------------------------- crtl_evt (grid curtailment events)
CREATE TABLE crtl_evt (
    evt_id   integer PRIMARY KEY,
    site_id  integer NOT NULL,
    start_ts timestamptz NOT NULL,
    end_ts   timestamptz NOT NULL,
    lim_kw   integer NOT NULL,
    lost_kwh numeric(9,1) NOT NULL,
    src_cd   char(1) NOT NULL
);
COMMENT ON TABLE crtl_evt IS 'Curtailment events: periods when a site''s export was limited below its capacity';
COMMENT ON COLUMN crtl_evt.site_id IS 'site (site_mst.site_id) that was curtailed';
COMMENT ON COLUMN crtl_evt.lim_kw IS 'export limit imposed during the event, kW; 0 = site fully disconnected from the grid';
COMMENT ON COLUMN crtl_evt.lost_kwh IS 'estimated generation lost because of the limit, kWh';
COMMENT ON COLUMN crtl_evt.src_cd IS 'who ordered it: D = distribution network operator (local network constraint), N = national system operator (balancing instruction), P = our own decision at negative power prices';

INSERT INTO crtl_evt (evt_id, site_id, start_ts, end_ts, lim_kw, lost_kwh, src_cd)
WITH b AS (
    SELECT g,
           (ARRAY[1, 1, 4, 1, 4, 2, 3, 4, 5, 6, 1, 7, 4, 8, 3, 1, 7])[1 + g % 17] AS site_id,
           CASE WHEN g <= 170 THEN date '2024-03-01' ELSE date '2025-03-01' END + (g * 37) % 245 AS d
    FROM generate_series(1, 340) AS g
), c AS (
    SELECT b.*, s.ac_exp_kw, s.cod_dt,
           (b.d + time '09:00' + (g % 6) * interval '1 hour' + (g % 4) * interval '15 minutes') AT TIME ZONE 'UTC' AS start_ts,
           30 + (g * 17) % 240 AS mins,
           CASE WHEN g % 5 = 0 THEN 0 ELSE round(coalesce(s.ac_exp_kw, 1500) * (g % 4 + 1) * 0.2 / 10) * 10 END AS lim_kw,
           CASE WHEN g % 7 IN (0, 3) THEN 'N' WHEN g % 7 = 5 THEN 'P' ELSE 'D' END AS src_cd
    FROM b JOIN site_mst s ON s.site_id = b.site_id
    WHERE b.d >= s.cod_dt
)
SELECT row_number() OVER (ORDER BY start_ts, site_id), site_id, start_ts, start_ts + mins * interval '1 minute',
       lim_kw,
       round(greatest(coalesce(ac_exp_kw, 1500) * 0.7 - lim_kw, 0) * mins / 60.0 * (0.6 + (g % 5) * 0.08), 1),
       src_cd
FROM c;

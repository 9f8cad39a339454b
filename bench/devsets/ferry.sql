-- Made-up schema: a ferry operator on the Channel and Irish Sea (ports, vessels, routes,
-- sailings, customer accounts, bookings with their passengers and vehicles, on-board sales).
-- Links without a declared foreign key: sail.vsl_id -> vsl.vsl_id,
-- bkg_veh.bkg_id -> bkg.bkg_id, obs_txn.sail_id -> sail.sail_id.
-- All timestamps are UTC. Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2025-11-30 12:00 UTC (sailings after it are still scheduled).
-- Re-runnable: tables are dropped children first.

SET TIME ZONE 'UTC';   -- the interval arithmetic below is meant in UTC

DROP TABLE IF EXISTS obs_txn;
DROP TABLE IF EXISTS bkg_veh;
DROP TABLE IF EXISTS bkg_pax;
DROP TABLE IF EXISTS bkg;
DROP TABLE IF EXISTS cust_acct;
DROP TABLE IF EXISTS sail;
DROP TABLE IF EXISTS rte;
DROP TABLE IF EXISTS vsl;
DROP TABLE IF EXISTS port;

-- ---------------------------------------------------------------- port
CREATE TABLE port (
    port_id     smallint PRIMARY KEY,
    locode      char(5) NOT NULL UNIQUE,
    port_nm     text NOT NULL,
    ctry_cd     char(2) NOT NULL,
    has_lnkspan boolean NOT NULL,
    berth_cnt   smallint
);
COMMENT ON COLUMN port.locode IS 'UN/LOCODE of the port';
COMMENT ON COLUMN port.ctry_cd IS 'ISO country code';
COMMENT ON COLUMN port.has_lnkspan IS 'true = has a linkspan (vehicle ramp) we can use';
COMMENT ON COLUMN port.berth_cnt IS 'ferry berths available to us; NULL = shared / not allocated';

INSERT INTO port (port_id, locode, port_nm, ctry_cd, has_lnkspan, berth_cnt) VALUES
    (1, 'GBDVR', 'Dover',      'GB', true, 4),
    (2, 'FRCQF', 'Calais',     'FR', true, 3),
    (3, 'FRDKK', 'Dunkerque',  'FR', true, 2),
    (4, 'GBPME', 'Portsmouth', 'GB', true, 3),
    (5, 'FRCER', 'Cherbourg',  'FR', true, 2),
    (6, 'FROUI', 'Ouistreham', 'FR', true, 1),
    (7, 'IEROE', 'Rosslare',   'IE', true, NULL),
    (8, 'JESTH', 'St Helier',  'JE', true, 1);

-- ---------------------------------------------------------------- vsl (vessels)
CREATE TABLE vsl (
    vsl_id     smallint PRIMARY KEY,
    vsl_nm     text NOT NULL,
    imo_no     char(7) NOT NULL UNIQUE,
    vsl_typ    char(2) NOT NULL,
    pax_cap    smallint NOT NULL,
    lane_m     integer NOT NULL,
    gt         integer,
    svc_spd_kn numeric(4,1),
    built_yr   smallint,
    vsl_st     char(1) NOT NULL
);
COMMENT ON COLUMN vsl.vsl_typ IS 'RP = ro-pax ferry, HS = high-speed craft, CR = cruise ferry (cabins)';
COMMENT ON COLUMN vsl.pax_cap IS 'certified passenger capacity';
COMMENT ON COLUMN vsl.lane_m IS 'vehicle deck capacity in lane metres';
COMMENT ON COLUMN vsl.gt IS 'gross tonnage';
COMMENT ON COLUMN vsl.svc_spd_kn IS 'service speed in knots';
COMMENT ON COLUMN vsl.vsl_st IS 'A = in service, D = in dry dock / refit, C = chartered out to another operator, W = withdrawn (sold or laid up for good)';

INSERT INTO vsl (vsl_id, vsl_nm, imo_no, vsl_typ, pax_cap, lane_m, gt, svc_spd_kn, built_yr, vsl_st) VALUES
    (1, 'Spirit of Kent',    '9524231', 'RP', 1800, 2700, 47592, 22.0, 2011, 'A'),
    (2, 'Côte d''Opale',     '9896153', 'RP', 1000, 3000, 48000, 21.5, 2021, 'A'),
    (3, 'Dunkirk Pride',     '9293076', 'RP', 780,  2040, 35923, 25.0, 2005, 'D'),
    (4, 'Normandie Express', '9221669', 'HS', 900,  530,  6581,  40.0, 2000, 'A'),
    (5, 'Mont Saint-Michel', '9238337', 'CR', 2120, 2250, 35592, 21.0, 2002, 'A'),
    (6, 'Barfleur Star',     '9007130', 'RP', 1212, 1480, 20133, 19.0, 1992, 'D'),
    (7, 'Celtic Horizon',    '9183855', 'CR', 1000, 2300, 27552, 24.0, 2000, 'A'),
    (8, 'Channel Islander',  '9176060', 'HS', 774,  390,  5902,  37.0, 1997, 'W');

-- ---------------------------------------------------------------- rte (routes)
CREATE TABLE rte (
    rte_id      smallint PRIMARY KEY,
    rte_cd      varchar(7) NOT NULL UNIQUE,
    orig_port   smallint NOT NULL REFERENCES port (port_id),
    dest_port   smallint NOT NULL REFERENCES port (port_id),
    dist_nm     numeric(5,1) NOT NULL,
    sched_min   smallint NOT NULL,
    is_seasonal boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE rte IS 'One row per direction';
COMMENT ON COLUMN rte.dist_nm IS 'sailing distance, nautical miles';
COMMENT ON COLUMN rte.sched_min IS 'timetabled crossing time, minutes';
COMMENT ON COLUMN rte.is_seasonal IS 'true = operated in the summer season only (May to September)';

INSERT INTO rte (rte_id, rte_cd, orig_port, dest_port, dist_nm, sched_min, is_seasonal) VALUES
    (1,  'DVR-CQF', 1, 2, 23.0,  90,   false),
    (2,  'CQF-DVR', 2, 1, 23.0,  90,   false),
    (3,  'DVR-DKK', 1, 3, 40.0,  120,  false),
    (4,  'DKK-DVR', 3, 1, 40.0,  120,  false),
    (5,  'PME-CER', 4, 5, 82.0,  180,  false),
    (6,  'CER-PME', 5, 4, 82.0,  180,  false),
    (7,  'PME-OUI', 4, 6, 100.0, 360,  false),
    (8,  'OUI-PME', 6, 4, 100.0, 360,  false),
    (9,  'ROE-CER', 7, 5, 290.0, 1050, true),
    (10, 'CER-ROE', 5, 7, 290.0, 1050, true),
    (11, 'PME-STH', 4, 8, 140.0, 540,  true),
    (12, 'STH-PME', 8, 4, 140.0, 540,  true);

-- ---------------------------------------------------------------- sail (sailings)
CREATE TABLE sail (
    sail_id      integer PRIMARY KEY,
    rte_id       smallint NOT NULL REFERENCES rte (rte_id),
    vsl_id       smallint,
    sail_dt      date NOT NULL,
    sched_dep_ts timestamptz NOT NULL,
    act_dep_ts   timestamptz,
    act_arr_ts   timestamptz,
    sail_st      char(1) NOT NULL,
    cxl_rsn      char(2)
);
COMMENT ON TABLE sail IS 'Scheduled departures';
COMMENT ON COLUMN sail.vsl_id IS 'vessel (vsl.vsl_id) assigned to the sailing';
COMMENT ON COLUMN sail.sail_dt IS 'scheduled departure date';
COMMENT ON COLUMN sail.act_dep_ts IS 'actual departure (off the berth); NULL unless sailed';
COMMENT ON COLUMN sail.act_arr_ts IS 'actual arrival (all fast at destination); NULL unless sailed';
COMMENT ON COLUMN sail.sail_st IS 'S = scheduled (not sailed yet), D = departed / completed, C = cancelled';
COMMENT ON COLUMN sail.cxl_rsn IS 'WX = weather, TE = technical fault, IA = industrial action, LD = low demand; NULL unless cancelled';

INSERT INTO sail (sail_id, rte_id, vsl_id, sail_dt, sched_dep_ts, act_dep_ts, act_arr_ts, sail_st, cxl_rsn)
WITH d AS (
    SELECT dd::date AS sail_dt, dd::date - date '2024-01-01' AS dn
    FROM generate_series(date '2024-01-01', date '2025-12-31', interval '1 day') AS dd
), c AS (
    SELECT r.rte_id, r.sched_min, p.ctry_cd AS orig_ctry, d.sail_dt, d.dn,
           extract(month FROM d.sail_dt)::int AS mon
    FROM d
    CROSS JOIN rte r
    JOIN port p ON p.port_id = r.orig_port
    WHERE CASE WHEN r.rte_id IN (1, 2) THEN true
               WHEN r.rte_id BETWEEN 3 AND 8 THEN (d.dn + r.rte_id) % 2 = 0
               ELSE extract(month FROM d.sail_dt) BETWEEN 5 AND 9
                    AND d.dn % 7 IN ((ARRAY[2,3,0,1])[r.rte_id - 8], (ARRAY[5,6,3,4])[r.rte_id - 8]) END
), n AS (
    SELECT c.*,
           row_number() OVER (ORDER BY sail_dt, rte_id) AS seq,
           (sail_dt + (ARRAY[time '08:00', time '11:30', time '07:15', time '10:45', time '08:30', time '14:00',
                             time '09:00', time '16:30', time '17:00', time '16:00', time '08:00', time '17:30'])[rte_id])
               AT TIME ZONE 'UTC' AS sched_dep_ts,
           CASE WHEN rte_id IN (1, 2) THEN CASE WHEN dn % 2 = 0 THEN 1 ELSE 2 END
                WHEN rte_id IN (3, 4) THEN CASE WHEN sail_dt < date '2025-10-01' THEN 3 ELSE 2 END
                WHEN rte_id IN (5, 6) THEN 4
                WHEN rte_id IN (7, 8) THEN CASE WHEN (dn / 2) % 3 = 2 AND sail_dt < date '2025-01-01' THEN 6 ELSE 5 END
                WHEN rte_id IN (9, 10) THEN 7
                ELSE CASE WHEN sail_dt < date '2025-01-01' THEN 8 ELSE 6 END END AS vsl_id,
           CASE WHEN mon IN (11, 12, 1, 2, 3) THEN (ARRAY[3,3,8,8,25,25,7,7,0,0,0,0])[rte_id] ELSE 1 END AS wx_pct
    FROM c
), s AS (
    SELECT n.*,
           CASE WHEN sched_dep_ts > timestamptz '2025-11-30 12:00:00+00' THEN NULL
                WHEN (seq * 37) % 100 < wx_pct THEN 'WX'
                WHEN seq % 97 = 0 THEN 'TE'
                WHEN sail_dt IN (date '2024-06-12', date '2025-03-20') AND orig_ctry = 'FR' THEN 'IA'
                WHEN rte_id >= 9 AND mon IN (5, 9) AND seq % 5 = 0 THEN 'LD'
                END AS cxl_rsn,
           CASE WHEN seq % 17 = 0 THEN 35 + seq % 60
                WHEN seq % 5 = 0 THEN 8 + seq % 20
                ELSE seq % 6 END AS delay_min,
           sched_min + (ARRAY[2,3,0,1,-4,-3,14,12,20,18,5,6])[rte_id] + (seq * 11) % 15 - 7
               + CASE WHEN mon IN (11, 12, 1, 2, 3) THEN 4 ELSE 0 END AS cross_min
    FROM n
)
SELECT seq, rte_id, vsl_id, sail_dt, sched_dep_ts,
       CASE WHEN sail_st = 'D' THEN sched_dep_ts + delay_min * interval '1 minute' END,
       CASE WHEN sail_st = 'D' THEN sched_dep_ts + (delay_min + cross_min) * interval '1 minute' END,
       sail_st, cxl_rsn
FROM (
    SELECT s.*,
           CASE WHEN sched_dep_ts > timestamptz '2025-11-30 12:00:00+00' THEN 'S'
                WHEN cxl_rsn IS NOT NULL THEN 'C'
                ELSE 'D' END AS sail_st
    FROM s
) t;

-- ---------------------------------------------------------------- cust_acct (customer accounts)
CREATE TABLE cust_acct (
    cust_id    integer PRIMARY KEY,
    email      text NOT NULL,
    full_nm    text NOT NULL,
    ctry_cd    char(2),
    tier_cd    char(1),
    mkt_optin  boolean NOT NULL DEFAULT false,
    created_ts timestamptz NOT NULL
);
COMMENT ON TABLE cust_acct IS 'Registered online accounts (guest bookings have no account)';
COMMENT ON COLUMN cust_acct.tier_cd IS 'frequent-traveller club tier: B = blue, S = silver, G = gold; NULL = not a club member';
COMMENT ON COLUMN cust_acct.mkt_optin IS 'true = agreed to marketing e-mails';

INSERT INTO cust_acct (cust_id, email, full_nm, ctry_cd, tier_cd, mkt_optin, created_ts)
SELECT g,
       lower(translate(fn || '.' || ln, 'éèçëôö''', 'eeceoo')) || g || '@mail.example',
       fn || ' ' || ln,
       CASE WHEN g % 37 = 0 THEN NULL ELSE (ARRAY['GB','GB','GB','FR','FR','IE','DE','NL','BE','JE'])[1 + (g * 3) % 10] END,
       CASE g % 10 WHEN 6 THEN 'B' WHEN 7 THEN 'B' WHEN 8 THEN 'S' WHEN 9 THEN 'G' END,
       g % 3 <> 0,
       CASE WHEN g <= 650 THEN timestamptz '2019-01-03 10:00:00+00' + g * interval '2 days 12 hours' + ((g * 17) % 600) * interval '1 minute'
            ELSE timestamptz '2025-01-10 10:00:00+00' + (g - 650) * interval '6 days' + ((g * 17) % 600) * interval '1 minute' END
FROM (
    SELECT g,
           (ARRAY['James','Oliver','Emily','Charlotte','Harry','Amelia','Jack','Sophie','Thomas','Chloé',
                  'Léa','Hugo','Manon','Louis','Camille','Siobhan','Liam','Aoife','Sean','Niamh',
                  'Lukas','Anna','Daan','Emma','Pieter'])[1 + g % 25] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Evans','Martin','Bernard','Dubois',
                  'Lefèvre','Moreau','Girard','Murphy','Kelly','O''Brien','Byrne','Walsh','Müller','de Vries',
                  'Janssens','Le Brun','Renouf','Hamon','Clarke','Wright','Hughes'])[1 + (g * 7) % 27] AS ln
    FROM generate_series(1, 700) AS g
) s;

-- ---------------------------------------------------------------- bkg (bookings)
CREATE TABLE bkg (
    bkg_id   integer PRIMARY KEY,
    bkg_ref  varchar(8) NOT NULL UNIQUE,
    sail_id  integer NOT NULL REFERENCES sail (sail_id),
    cust_id  integer REFERENCES cust_acct (cust_id),
    chan_cd  char(1) NOT NULL,
    bkg_ts   timestamptz NOT NULL,
    bkg_st   char(1) NOT NULL,
    fare_eur numeric(8,2) NOT NULL DEFAULT 0,
    promo_cd varchar(10)
);
COMMENT ON COLUMN bkg.cust_id IS 'account that booked; NULL = guest booking';
COMMENT ON COLUMN bkg.chan_cd IS 'sales channel: W = website, A = mobile app, T = travel agent, P = port ticket office, C = call centre';
COMMENT ON COLUMN bkg.bkg_ts IS 'when the booking was made';
COMMENT ON COLUMN bkg.bkg_st IS 'C = confirmed, X = cancelled (by the customer, or refunded because the sailing was cancelled), N = no-show (confirmed but never checked in)';
COMMENT ON COLUMN bkg.fare_eur IS 'total fare of the booking (passengers and vehicles), EUR';
COMMENT ON COLUMN bkg.promo_cd IS 'promotion code used; NULL = none';

INSERT INTO bkg (bkg_id, bkg_ref, sail_id, cust_id, chan_cd, bkg_ts, bkg_st, promo_cd)
WITH b AS (
    SELECT s.sail_id, s.sail_st, s.sched_dep_ts, k,
           s.sail_id * 3 + k * 7 AS h
    FROM sail s
    CROSS JOIN LATERAL generate_series(1, (s.sail_id * 7) % 2
                                          + CASE WHEN extract(month FROM s.sail_dt) IN (6, 7, 8) THEN 1 ELSE 0 END
                                          + CASE WHEN s.rte_id IN (1, 2) THEN 1 ELSE 0 END) AS k
), b2 AS (
    SELECT b.*,
           sched_dep_ts - CASE WHEN h % 10 = 0 THEN (2 + h % 20) * interval '1 hour' + ((h * 7) % 60) * interval '1 minute'
                               WHEN h % 10 IN (1, 2) THEN (1 + h % 6) * interval '1 day' + (3 + h % 9) * interval '1 hour'
                               ELSE (7 + h % 80) * interval '1 day' + (h % 11) * interval '1 hour' + ((h * 13) % 60) * interval '1 minute' END AS bkg_ts
    FROM b
)
SELECT row_number() OVER (ORDER BY bkg_ts, sail_id, k),
       'F' || upper(lpad(to_hex(((row_number() OVER (ORDER BY bkg_ts, sail_id, k)) * 7919) % 16777216), 6, '0')),
       sail_id,
       CASE WHEN h % 4 = 0 THEN NULL ELSE 1 + (h * 17) % 650 END,
       (ARRAY['W','W','W','W','W','W','W','W','W','A','A','A','A','A','T','T','P','P','C','C'])[1 + (h * 3) % 20],
       bkg_ts,
       CASE WHEN sail_st = 'C' THEN 'X'
            WHEN h % 13 = 0 THEN 'X'
            WHEN sail_st = 'D' AND h % 19 = 0 THEN 'N'
            ELSE 'C' END,
       CASE WHEN h % 15 = 0 THEN 'SAIL' || (extract(year FROM bkg_ts AT TIME ZONE 'UTC')::int % 100)::text
            WHEN h % 41 = 0 THEN 'CLUB10' END
FROM b2
WHERE bkg_ts <= timestamptz '2025-11-30 12:00:00+00';

-- ---------------------------------------------------------------- bkg_veh (vehicles on bookings)
CREATE TABLE bkg_veh (
    veh_id       integer PRIMARY KEY,
    bkg_id       integer NOT NULL,
    veh_cat      varchar(3) NOT NULL,
    reg_no       varchar(10),
    len_m        numeric(4,1) NOT NULL,
    ht_m         numeric(3,1),
    gross_wt_kg  integer,
    veh_fare_eur numeric(8,2) NOT NULL
);
COMMENT ON COLUMN bkg_veh.bkg_id IS 'booking (bkg.bkg_id) the vehicle travels on';
COMMENT ON COLUMN bkg_veh.veh_cat IS 'CAR = car, MC = motorcycle, VAN = van / camper, CRV = car with caravan or trailer, HGV = lorry (freight), BUS = coach';
COMMENT ON COLUMN bkg_veh.reg_no IS 'registration plate; NULL = not given yet';
COMMENT ON COLUMN bkg_veh.len_m IS 'overall length, metres';
COMMENT ON COLUMN bkg_veh.ht_m IS 'height, metres';
COMMENT ON COLUMN bkg_veh.gross_wt_kg IS 'declared gross weight, kg; only for HGV and BUS';
COMMENT ON COLUMN bkg_veh.veh_fare_eur IS 'vehicle part of the fare, EUR';

INSERT INTO bkg_veh (veh_id, bkg_id, veh_cat, reg_no, len_m, ht_m, gross_wt_kg, veh_fare_eur)
WITH v AS (
    SELECT b.bkg_id, 1 AS vn,
           (ARRAY['CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR','CAR',
                  'CAR','CAR','MC','MC','VAN','VAN','VAN','CRV','CRV','CRV','HGV','HGV','HGV','HGV','HGV','HGV','HGV','HGV','HGV','BUS'])[1 + (b.bkg_id * 11) % 40] AS veh_cat,
           r.dist_nm
    FROM bkg b JOIN sail s ON s.sail_id = b.sail_id JOIN rte r ON r.rte_id = s.rte_id
    WHERE b.bkg_id % 3 <> 0
    UNION ALL
    -- a few cars bring a motorbike or a second car along
    SELECT b.bkg_id, 2, CASE WHEN b.bkg_id % 2 = 0 THEN 'MC' ELSE 'CAR' END, r.dist_nm
    FROM bkg b JOIN sail s ON s.sail_id = b.sail_id JOIN rte r ON r.rte_id = s.rte_id
    WHERE b.bkg_id % 3 <> 0 AND b.bkg_id % 29 = 0 AND 1 + (b.bkg_id * 11) % 40 <= 22
)
SELECT row_number() OVER (ORDER BY bkg_id, vn),
       bkg_id, veh_cat,
       CASE WHEN bkg_id % 53 = 0 THEN NULL
            WHEN bkg_id % 4 IN (0, 1) THEN chr(65 + bkg_id % 26) || chr(65 + (bkg_id * 7) % 26) || lpad((bkg_id % 100)::text, 2, '0') || ' '
                                           || chr(65 + (bkg_id * 3) % 26) || chr(65 + (bkg_id * 5) % 26) || chr(65 + (bkg_id * 11) % 26)
            ELSE chr(65 + (bkg_id * 5) % 26) || chr(65 + (bkg_id * 13) % 26) || '-' || lpad(((bkg_id * 37) % 1000)::text, 3, '0') || '-'
                 || chr(65 + (bkg_id * 17) % 26) || chr(65 + (bkg_id * 19) % 26) END,
       CASE veh_cat WHEN 'CAR' THEN 4.0 + (bkg_id % 9) / 10.0
                    WHEN 'MC'  THEN 2.2
                    WHEN 'VAN' THEN 5.5 + (bkg_id % 14) / 10.0
                    WHEN 'CRV' THEN 10.0 + (bkg_id % 31) / 10.0
                    WHEN 'HGV' THEN 13.6 + (bkg_id % 3) * 1.45
                    ELSE 12.5 END,
       CASE veh_cat WHEN 'CAR' THEN 1.4 + (bkg_id % 4) / 10.0
                    WHEN 'MC'  THEN 1.2
                    WHEN 'VAN' THEN 2.4 + (bkg_id % 8) / 10.0
                    WHEN 'CRV' THEN 2.5 + (bkg_id % 3) / 10.0
                    WHEN 'HGV' THEN 4.0
                    ELSE 3.6 END,
       CASE veh_cat WHEN 'HGV' THEN 12000 + ((bkg_id * 733) % 32) * 1000
                    WHEN 'BUS' THEN 16000 + (bkg_id % 4) * 500 END,
       round(CASE veh_cat WHEN 'CAR' THEN 35 + dist_nm * 0.75
                          WHEN 'MC'  THEN 20 + dist_nm * 0.35
                          WHEN 'VAN' THEN 45 + dist_nm * 0.95
                          WHEN 'CRV' THEN 60 + dist_nm * 1.30
                          WHEN 'HGV' THEN 140 + dist_nm * 2.60
                          ELSE 120 + dist_nm * 2.10 END, 2)
FROM v;

-- ---------------------------------------------------------------- bkg_pax (passengers on bookings)
CREATE TABLE bkg_pax (
    pax_id   integer PRIMARY KEY,
    bkg_id   integer NOT NULL REFERENCES bkg (bkg_id),
    pax_seq  smallint NOT NULL,
    first_nm text,
    last_nm  text NOT NULL,
    pax_typ  char(1) NOT NULL,
    birth_yr smallint,
    nat_cd   char(2),
    cabin_no varchar(5)
);
COMMENT ON COLUMN bkg_pax.pax_seq IS 'position on the booking; 1 = lead passenger';
COMMENT ON COLUMN bkg_pax.pax_typ IS 'A = adult, C = child (4-15), I = infant (under 4), S = senior (65+)';
COMMENT ON COLUMN bkg_pax.birth_yr IS 'year of birth; NULL = not given';
COMMENT ON COLUMN bkg_pax.nat_cd IS 'nationality, ISO country code; NULL = not given';
COMMENT ON COLUMN bkg_pax.cabin_no IS 'cabin allocated; NULL = no cabin (seat / lounge only)';

INSERT INTO bkg_pax (pax_id, bkg_id, pax_seq, first_nm, last_nm, pax_typ, birth_yr, nat_cd, cabin_no)
WITH bv AS (
    SELECT b.bkg_id, s.rte_id,
           (SELECT v.veh_cat FROM bkg_veh v WHERE v.bkg_id = b.bkg_id ORDER BY v.veh_id LIMIT 1) AS veh_cat
    FROM bkg b JOIN sail s ON s.sail_id = b.sail_id
), np AS (
    SELECT bv.*,
           CASE WHEN veh_cat = 'HGV' THEN 1
                WHEN veh_cat = 'BUS' THEN 8 + bkg_id % 10
                WHEN veh_cat = 'MC' THEN 1 + bkg_id % 2
                WHEN bkg_id % 23 = 0 THEN 5 + bkg_id % 2
                ELSE 1 + (bkg_id * 7) % 4 END AS npax
    FROM bv
), p AS (
    SELECT np.*, q AS pax_seq,
           CASE WHEN q = 1 THEN CASE WHEN bkg_id % 6 = 0 THEN 'S' ELSE 'A' END
                WHEN veh_cat = 'BUS' THEN CASE WHEN (bkg_id + q) % 3 = 0 THEN 'S' ELSE 'A' END
                WHEN q = 2 THEN CASE WHEN bkg_id % 6 = 0 THEN 'S' ELSE 'A' END
                WHEN q = npax AND bkg_id % 5 = 0 THEN 'I'
                WHEN (bkg_id + q) % 7 = 0 THEN 'A'
                ELSE 'C' END AS pax_typ
    FROM np CROSS JOIN LATERAL generate_series(1, np.npax) AS q
)
SELECT row_number() OVER (ORDER BY bkg_id, pax_seq),
       bkg_id, pax_seq,
       CASE WHEN pax_typ = 'I' AND bkg_id % 2 = 0 THEN NULL
            ELSE (ARRAY['James','Emily','Oliver','Sophie','Harry','Chloé','Léa','Hugo','Manon','Louis',
                        'Siobhan','Liam','Aoife','Sean','Lukas','Anna','Daan','Emma','Noah','Isla',
                        'Margaret','Brian','Colette','Yves','Ruby','Alfie','Jules','Ines','Finn','Maeve'])[1 + (bkg_id * 3 + pax_seq * 11) % 30] END,
       (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Evans','Martin','Bernard','Dubois',
              'Lefèvre','Moreau','Girard','Murphy','Kelly','O''Brien','Byrne','Walsh','Müller','de Vries',
              'Janssens','Le Brun','Renouf','Hamon','Clarke','Wright','Hughes'])[1 + (bkg_id * 7 + CASE WHEN veh_cat = 'BUS' THEN pax_seq ELSE 0 END) % 27],
       pax_typ,
       CASE WHEN (bkg_id + pax_seq) % 17 = 0 THEN NULL
            WHEN pax_typ = 'A' THEN 1960 + (bkg_id * 7 + pax_seq) % 45
            WHEN pax_typ = 'S' THEN 1935 + (bkg_id * 3 + pax_seq) % 25
            WHEN pax_typ = 'C' THEN 2010 + (bkg_id + pax_seq * 5) % 11
            ELSE 2022 + (bkg_id + pax_seq) % 3 END,
       CASE WHEN bkg_id % 19 = 0 THEN NULL
            ELSE (ARRAY['GB','GB','GB','GB','FR','FR','FR','IE','IE','DE','NL','BE','ES','PL'])[1 + (bkg_id * 5) % 14] END,
       CASE WHEN rte_id >= 7 AND bkg_id % 3 = 0
            THEN (ARRAY['A','B','C'])[1 + bkg_id % 3] || lpad(((bkg_id * 7) % 400 + 100)::text, 3, '0') END
FROM p;

-- fare = passengers + vehicles, dearer in July and August, 10 % off with a promotion code
UPDATE bkg b
SET fare_eur = round((
        coalesce((SELECT sum(CASE x.pax_typ WHEN 'A' THEN 12 + r.dist_nm * 0.45
                                            WHEN 'S' THEN (12 + r.dist_nm * 0.45) * 0.8
                                            WHEN 'C' THEN (12 + r.dist_nm * 0.45) * 0.5
                                            ELSE 0 END)
                  FROM bkg_pax x WHERE x.bkg_id = b.bkg_id), 0)
      + coalesce((SELECT sum(v.veh_fare_eur) FROM bkg_veh v WHERE v.bkg_id = b.bkg_id), 0)
      + CASE WHEN r.rte_id >= 7 AND b.bkg_id % 3 = 0 THEN 89 + r.dist_nm * 0.2 ELSE 0 END
    ) * CASE WHEN extract(month FROM s.sail_dt) IN (7, 8) THEN 1.25 ELSE 1 END
      * CASE WHEN b.promo_cd IS NOT NULL THEN 0.9 ELSE 1 END, 2)
FROM sail s JOIN rte r ON r.rte_id = s.rte_id
WHERE s.sail_id = b.sail_id;

-- ---------------------------------------------------------------- obs_txn (on-board sales)
CREATE TABLE obs_txn (
    txn_id    integer PRIMARY KEY,
    sail_id   integer NOT NULL,
    outlet_cd char(3) NOT NULL,
    txn_ts    timestamptz NOT NULL,
    amt_eur   numeric(8,2) NOT NULL,
    items     smallint NOT NULL,
    pay_typ   char(1) NOT NULL,
    till_no   smallint
);
COMMENT ON TABLE obs_txn IS 'On-board sales tickets';
COMMENT ON COLUMN obs_txn.sail_id IS 'sailing (sail.sail_id) the sale was made on';
COMMENT ON COLUMN obs_txn.outlet_cd IS 'BAR = bar, RST = restaurant, CAF = café / self-service, SHP = duty-free shop';
COMMENT ON COLUMN obs_txn.amt_eur IS 'ticket total, EUR; negative = refund';
COMMENT ON COLUMN obs_txn.pay_typ IS 'K = card, M = cash, V = voucher';
COMMENT ON COLUMN obs_txn.till_no IS 'till number; NULL = mobile terminal';

INSERT INTO obs_txn (txn_id, sail_id, outlet_cd, txn_ts, amt_eur, items, pay_typ, till_no)
WITH t AS (
    SELECT s.sail_id, s.act_dep_ts, r.sched_min, v.vsl_typ, k,
           CASE WHEN v.vsl_typ = 'HS' THEN (ARRAY['CAF','BAR','SHP'])[1 + (s.sail_id + k) % 3]
                ELSE (ARRAY['BAR','RST','CAF','SHP'])[1 + (s.sail_id * 3 + k) % 4] END AS outlet_cd
    FROM sail s
    JOIN rte r ON r.rte_id = s.rte_id
    JOIN vsl v ON v.vsl_id = s.vsl_id
    CROSS JOIN LATERAL generate_series(1, 1 + (s.sail_id * 5) % 3 + CASE WHEN s.rte_id >= 7 THEN 1 ELSE 0 END) AS k
    WHERE s.sail_st = 'D'
), t2 AS (
    SELECT t.*,
           act_dep_ts + (10 + (sail_id * 13 + k * 29) % (sched_min - 20)) * interval '1 minute' AS txn_ts,
           CASE outlet_cd WHEN 'BAR' THEN 4.50 + ((sail_id * 37 + k * 101) % 3550) / 100.0
                          WHEN 'RST' THEN 12.00 + ((sail_id * 37 + k * 101) % 8300) / 100.0
                          WHEN 'CAF' THEN 3.20 + ((sail_id * 37 + k * 101) % 2180) / 100.0
                          ELSE 8.00 + ((sail_id * 37 + k * 101) % 17200) / 100.0 END AS amt
    FROM t
)
SELECT row_number() OVER (ORDER BY txn_ts, sail_id, k),
       sail_id, outlet_cd, txn_ts,
       CASE WHEN (sail_id + k) % 97 = 0 THEN -amt ELSE amt END,
       1 + (sail_id + k * 3) % 5,
       CASE WHEN (sail_id + k) % 23 = 0 THEN 'V' WHEN (sail_id + k) % 5 = 0 THEN 'M' ELSE 'K' END,
       CASE WHEN (sail_id + k) % 11 = 0 THEN NULL ELSE 1 + (sail_id + k) % 3 END
FROM t2;

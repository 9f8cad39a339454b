-- Made-up schema: a city bus operator (depots, routes, stops, route stop lists, the bus fleet, drivers,
-- timetabled trips, what actually happened on each trip, farecards, validator taps = boardings,
-- maintenance / repair jobs). Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2025-11-30 (the timetable is already published through 2025-12-07).
-- Links without a declared foreign key: tt_trip.bus_id -> bus.bus_id, tap.trip_id -> tt_trip.trip_id,
-- mnt_job.bus_id -> bus.bus_id.
-- Re-runnable: tables are dropped children first.

SET TIME ZONE 'UTC';

DROP TABLE IF EXISTS tap;
DROP TABLE IF EXISTS fcard;
DROP TABLE IF EXISTS trip_op;
DROP TABLE IF EXISTS tt_trip;
DROP TABLE IF EXISTS mnt_job;
DROP TABLE IF EXISTS drv;
DROP TABLE IF EXISTS bus;
DROP TABLE IF EXISTS rte_stp;
DROP TABLE IF EXISTS stp;
DROP TABLE IF EXISTS rte;
DROP TABLE IF EXISTS dpt;

-- ---------------------------------------------------------------- dpt (depots / bus garages)
CREATE TABLE dpt (
    dpt_id    smallint PRIMARY KEY,
    dpt_cd    char(3) NOT NULL UNIQUE,
    dpt_nm    text NOT NULL,
    addr      text,
    bays      smallint NOT NULL,
    has_chrg  boolean NOT NULL DEFAULT false,
    opened_on date
);
COMMENT ON TABLE dpt IS 'Bus depots (garages) the fleet is based at';
COMMENT ON COLUMN dpt.bays IS 'number of parking bays';
COMMENT ON COLUMN dpt.has_chrg IS 'depot has charging posts for electric buses';

INSERT INTO dpt (dpt_id, dpt_cd, dpt_nm, addr, bays, has_chrg, opened_on) VALUES
    (1, 'SEV', 'Северный автобусный парк', 'ул. Заводская, 12',        70, true,  '1968-05-01'),
    (2, 'YUZ', 'Южный автобусный парк',    'Южное ш., 3',              60, false, '1974-09-15'),
    (3, 'ZAP', 'Западный автобусный парк', 'ул. Автомобилистов, 45',   55, true,  '1989-03-20'),
    (4, 'VOS', 'Восточный автобусный парк','пр. Строителей, 101',      50, false, '2006-11-01');

-- ---------------------------------------------------------------- rte (routes / lines)
CREATE TABLE rte (
    rte_id        smallint PRIMARY KEY,
    rte_no        varchar(4) NOT NULL,
    rte_nm        text NOT NULL,
    rte_type      char(1) NOT NULL,
    dpt_id        smallint NOT NULL REFERENCES dpt (dpt_id),
    len_km        numeric(5,1) NOT NULL,
    base_fare_rub numeric(6,2) NOT NULL,
    opened_on     date NOT NULL,
    clsd_on       date
);
COMMENT ON COLUMN rte.rte_no IS 'route number shown on the bus';
COMMENT ON COLUMN rte.rte_type IS 'R = regular, E = express (limited stops), N = night, S = seasonal / school shuttle';
COMMENT ON COLUMN rte.dpt_id IS 'depot that operates the route';
COMMENT ON COLUMN rte.len_km IS 'one-way length, km';
COMMENT ON COLUMN rte.base_fare_rub IS 'current full single fare, RUB';
COMMENT ON COLUMN rte.clsd_on IS 'date the route was withdrawn; NULL = still operating';

INSERT INTO rte (rte_id, rte_no, rte_nm, rte_type, dpt_id, len_km, base_fare_rub, opened_on, clsd_on)
SELECT g,
       CASE WHEN g <= 28 THEN g::text
            WHEN g <= 31 THEN (g - 28)::text || 'Э'
            WHEN g <= 34 THEN 'Н' || (g - 31)::text
            ELSE 'С' || (g - 34)::text END,
       t[1 + g % 12] || ' — ' || t[1 + (g * 5 + 3) % 12],
       CASE WHEN g <= 28 THEN 'R' WHEN g <= 31 THEN 'E' WHEN g <= 34 THEN 'N' ELSE 'S' END,
       1 + g % 4,
       7.5 + ((g * 37) % 160) / 10.0,
       CASE WHEN g <= 28 THEN 45 WHEN g <= 31 THEN 60 WHEN g <= 34 THEN 70 ELSE 35 END,
       CASE WHEN g >= 35 THEN date '2024-09-01' ELSE date '1995-01-01' + g * 311 END,
       CASE g WHEN 13 THEN date '2024-06-30' WHEN 26 THEN date '2025-03-31' WHEN 36 THEN date '2025-05-31' END
FROM generate_series(1, 36) AS g,
     (SELECT ARRAY['Ж/д вокзал','Аэропорт','Северный мкр.','пл. Ленина','Университет','Южный рынок',
                   'Заречье','Промзона','ТЦ «Мега»','Больница № 3','Сельмаш','Левый берег'] AS t) a;

-- ---------------------------------------------------------------- stp (stops)
CREATE TABLE stp (
    stp_id    integer PRIMARY KEY,
    stp_cd    varchar(6) NOT NULL UNIQUE,
    stp_nm    text NOT NULL,
    distr     text NOT NULL,
    zone_cd   char(1) NOT NULL,
    lat       numeric(8,5),
    lon       numeric(8,5),
    shltr     boolean NOT NULL DEFAULT false,
    decomm_on date
);
COMMENT ON COLUMN stp.stp_cd IS 'stop code printed on the stop pole';
COMMENT ON COLUMN stp.distr IS 'city district';
COMMENT ON COLUMN stp.zone_cd IS 'tariff zone: A = city centre, B = inner city, C = outskirts / suburbs';
COMMENT ON COLUMN stp.shltr IS 'stop has a shelter';
COMMENT ON COLUMN stp.decomm_on IS 'date the stop was taken out of use; NULL = in use';

INSERT INTO stp (stp_id, stp_cd, stp_nm, distr, zone_cd, lat, lon, shltr, decomm_on)
SELECT g,
       'S' || lpad((g * 7 + 1000)::text, 4, '0'),
       CASE WHEN g <= 24 THEN lm[g]
            ELSE st[1 + g % 18] || ' / ' || xs[1 + (g / 18) % 14] END,
       d[1 + (g * 7) % 6],
       CASE WHEN (g * 7) % 6 = 0 THEN 'A' WHEN g % 3 = 0 THEN 'C' ELSE 'B' END,
       47.20000 + ((g * 131) % 1000) / 10000.0,
       39.60000 + ((g * 173) % 1500) / 10000.0,
       g % 4 <> 0,
       CASE WHEN g IN (213, 216, 219) THEN date '2024-01-01' + g * 2 END
FROM generate_series(1, 220) AS g,
     (SELECT ARRAY['Ж/д вокзал','Аэропорт','Центральный рынок','пл. Ленина','Университет','Цирк',
                   'Драмтеатр','Парк Горького','Стадион','Больница № 3','Сельмаш','Школа № 12',
                   'ТЦ «Мега»','Автовокзал','Речной порт','Поликлиника','Ростелеком','Дворец спорта',
                   'Северный мкр.','Южный рынок','Заречье','Промзона','Кладбище','Левый берег'] AS lm,
             ARRAY['ул. Ленина','пр. Мира','ул. Гагарина','ул. Пушкина','ул. Садовая','пр. Победы',
                   'ул. Советская','ул. Школьная','ул. Мечникова','пр. Стачки','ул. Малиновского',
                   'ул. Горького','ул. Текучёва','ул. Нансена','ул. Курчатова','пр. Королёва',
                   'ул. Зорге','ул. Днепровская'] AS st,
             ARRAY['ул. Чехова','пер. Доломановский','ул. Островского','ул. Лермонтова','пер. Газетный',
                   'ул. Кирова','ул. Шолохова','пер. Семашко','ул. Суворова','ул. Пирогова',
                   'ул. Тургенева','пер. Братский','ул. Баумана','ул. Толстого'] AS xs,
             ARRAY['Центральный','Северный','Южный','Западный','Заречный','Промышленный'] AS d) a;

-- ---------------------------------------------------------------- rte_stp (ordered stop list of a route)
CREATE TABLE rte_stp (
    rte_id  smallint NOT NULL REFERENCES rte (rte_id),
    seq_no  smallint NOT NULL,
    stp_id  integer NOT NULL REFERENCES stp (stp_id),
    dist_km numeric(5,1) NOT NULL,
    PRIMARY KEY (rte_id, seq_no)
);
COMMENT ON TABLE rte_stp IS 'ordered list of the stops of each route, outbound direction (inbound runs it backwards)';
COMMENT ON COLUMN rte_stp.seq_no IS '1 = first stop (outbound terminus)';
COMMENT ON COLUMN rte_stp.dist_km IS 'distance from the first stop along the route, km';

INSERT INTO rte_stp (rte_id, seq_no, stp_id, dist_km)
SELECT r.rte_id, k + 1, 1 + (r.rte_id * 17 + k * 7) % 210,
       round(r.len_km * k / (n - 1), 1)
FROM (SELECT rte_id, len_km, CASE WHEN rte_type = 'E' THEN 6 ELSE 10 + rte_id % 9 END AS n FROM rte) r
CROSS JOIN LATERAL generate_series(0, r.n - 1) AS k;

-- ---------------------------------------------------------------- bus (fleet)
CREATE TABLE bus (
    bus_id    integer PRIMARY KEY,
    brd_no    varchar(5) NOT NULL UNIQUE,
    reg_plate varchar(10) NOT NULL,
    dpt_id    smallint NOT NULL REFERENCES dpt (dpt_id),
    mdl       text NOT NULL,
    fuel_cd   char(1) NOT NULL,
    mfg_yr    smallint NOT NULL,
    seats     smallint NOT NULL,
    cap_pax   smallint NOT NULL,
    low_floor boolean NOT NULL,
    in_svc_on date NOT NULL,
    wdrn_on   date,
    odo_km    integer NOT NULL
);
COMMENT ON COLUMN bus.brd_no IS 'fleet (board) number painted on the bus';
COMMENT ON COLUMN bus.fuel_cd IS 'D = diesel, G = compressed natural gas (CNG), E = battery electric, H = diesel-electric hybrid';
COMMENT ON COLUMN bus.seats IS 'seated places';
COMMENT ON COLUMN bus.cap_pax IS 'total passenger capacity, seated + standing';
COMMENT ON COLUMN bus.in_svc_on IS 'date the bus entered passenger service';
COMMENT ON COLUMN bus.wdrn_on IS 'date the bus was withdrawn from the fleet; NULL = still in the fleet';
COMMENT ON COLUMN bus.odo_km IS 'odometer reading at the data cut-off, km';

INSERT INTO bus (bus_id, brd_no, reg_plate, dpt_id, mdl, fuel_cd, mfg_yr, seats, cap_pax, low_floor, in_svc_on, wdrn_on, odo_km)
WITH b AS (
    SELECT g, 1 + (g - 1) % 4 AS dpt_id,
           CASE WHEN (g - 1) % 4 IN (0, 2) AND ((g - 1) / 4) % 5 < 2 THEN 'E'
                WHEN g % 7 = 3 THEN 'G'
                WHEN g % 11 = 5 THEN 'H'
                ELSE 'D' END AS fuel_cd
    FROM generate_series(1, 180) AS g
), m AS (
    SELECT b.*,
           CASE fuel_cd WHEN 'E' THEN 'КАМАЗ-6282'
                        WHEN 'G' THEN 'НефАЗ-5299-40-57'
                        WHEN 'H' THEN 'ЛиАЗ-5292.71'
                        ELSE CASE WHEN g % 3 = 0 THEN 'ПАЗ-320435' ELSE 'ЛиАЗ-5292.65' END END AS mdl,
           CASE WHEN fuel_cd = 'E' THEN 2020 + g % 4 ELSE 2008 + (g * 7) % 16 END AS mfg_yr
    FROM b
)
SELECT g,
       (1000 * dpt_id + g)::text,
       l[1 + g % 12] || lpad(((g * 37) % 999 + 1)::text, 3, '0') || l[1 + (g * 5) % 12] || l[1 + (g * 7) % 12] || ' 161',
       dpt_id, mdl, fuel_cd, mfg_yr,
       CASE WHEN mdl LIKE 'ПАЗ%' THEN 25 WHEN fuel_cd = 'E' THEN 25 WHEN fuel_cd = 'G' THEN 27 ELSE 28 END,
       CASE WHEN mdl LIKE 'ПАЗ%' THEN 60 WHEN fuel_cd = 'E' THEN 85 WHEN fuel_cd = 'G' THEN 100 ELSE 108 END,
       mdl NOT LIKE 'ПАЗ%' AND mfg_yr >= 2012,
       make_date(mfg_yr, 1 + g % 12, 1 + g % 28),
       CASE WHEN fuel_cd = 'D' AND g % 23 = 0 THEN date '2024-03-01' + (g * 17) % 600 END,
       (2025 - mfg_yr) * (52000 + (g * 137) % 9000) + (g * 311) % 5000
FROM m, (SELECT ARRAY['А','В','Е','К','М','Н','О','Р','С','Т','У','Х'] AS l) a;

-- ---------------------------------------------------------------- drv (drivers)
CREATE TABLE drv (
    drv_id   integer PRIMARY KEY,
    tab_no   varchar(6) NOT NULL UNIQUE,
    last_nm  text NOT NULL,
    first_nm text NOT NULL,
    dpt_id   smallint NOT NULL REFERENCES dpt (dpt_id),
    hired_on date NOT NULL,
    lic_cat  varchar(3) NOT NULL,
    sts_cd   char(1) NOT NULL,
    left_on  date
);
COMMENT ON COLUMN drv.tab_no IS 'personnel (payroll) number';
COMMENT ON COLUMN drv.dpt_id IS 'home depot';
COMMENT ON COLUMN drv.lic_cat IS 'licence category: D = any bus, D1 = minibus only (up to 16 passengers), DE = bus with trailer';
COMMENT ON COLUMN drv.sts_cd IS 'A = active, V = on vacation, S = on sick leave, F = left the company';
COMMENT ON COLUMN drv.left_on IS 'last working day; NULL = still employed';

INSERT INTO drv (drv_id, tab_no, last_nm, first_nm, dpt_id, hired_on, lic_cat, sts_cd, left_on)
SELECT g,
       lpad((10000 + g * 13)::text, 6, '0'),
       ln[1 + (g * 7) % 25] || CASE WHEN g % 4 = 0 THEN 'а' ELSE '' END,
       CASE WHEN g % 4 = 0 THEN ff[1 + (g / 4) % 6] ELSE fm[1 + g % 15] END,
       1 + (g - 1) % 4,
       CASE WHEN g >= 237 THEN date '2025-10-06' + (g - 237) * 2
            ELSE date '2003-01-01' + (g * 97) % 7300 END,
       CASE WHEN g % 17 = 0 THEN 'DE' ELSE 'D' END,
       CASE WHEN g % 19 = 0 AND g <= 236 THEN 'F'
            WHEN g % 11 = 3 THEN 'V'
            WHEN g % 13 = 5 THEN 'S'
            ELSE 'A' END,
       CASE WHEN g % 19 = 0 AND g <= 236 THEN date '2024-02-01' + (g * 13) % 640 END
FROM generate_series(1, 260) AS g,
     (SELECT ARRAY['Иванов','Петров','Смирнов','Кузнецов','Попов','Васильев','Соколов','Михайлов',
                   'Новиков','Фёдоров','Морозов','Волков','Алексеев','Лебедев','Семёнов','Егоров',
                   'Павлов','Козлов','Степанов','Николаев','Орлов','Андреев','Макаров','Никитин','Захаров'] AS ln,
             ARRAY['Александр','Сергей','Дмитрий','Андрей','Алексей','Николай','Игорь','Владимир',
                   'Михаил','Евгений','Юрий','Олег','Виктор','Руслан','Павел'] AS fm,
             ARRAY['Елена','Ольга','Татьяна','Наталья','Ирина','Светлана'] AS ff) a;

-- ---------------------------------------------------------------- tt_trip (timetable: planned trips)
CREATE TABLE tt_trip (
    trip_id      integer PRIMARY KEY,
    rte_id       smallint NOT NULL REFERENCES rte (rte_id),
    dir          char(1) NOT NULL,
    svc_dt       date NOT NULL,
    sched_dep_ts timestamptz NOT NULL,
    sched_arr_ts timestamptz NOT NULL,
    bus_id       integer,
    drv_id       integer REFERENCES drv (drv_id),
    blk_no       varchar(8)
);
COMMENT ON TABLE tt_trip IS 'timetabled trips: one row per planned run of a route from terminus to terminus';
COMMENT ON COLUMN tt_trip.dir IS 'O = outbound (first stop to last), I = inbound (back)';
COMMENT ON COLUMN tt_trip.svc_dt IS 'service day the trip runs on';
COMMENT ON COLUMN tt_trip.sched_dep_ts IS 'timetabled departure from the first stop';
COMMENT ON COLUMN tt_trip.sched_arr_ts IS 'timetabled arrival at the last stop';
COMMENT ON COLUMN tt_trip.bus_id IS 'bus (bus.bus_id) rostered for the trip; NULL = not assigned yet';
COMMENT ON COLUMN tt_trip.drv_id IS 'driver rostered for the trip; NULL = not assigned yet';
COMMENT ON COLUMN tt_trip.blk_no IS 'vehicle block (duty) number within the depot';

INSERT INTO tt_trip (trip_id, rte_id, dir, svc_dt, sched_dep_ts, sched_arr_ts, bus_id, drv_id, blk_no)
WITH g0 AS (
    SELECT g, date '2024-01-01' + (g - 1) / 6 AS svc_dt, 1 + (g * 7) % 36 AS r0
    FROM generate_series(1, 4242) AS g
), g1 AS (
    SELECT g0.g, g0.svc_dt,
           CASE WHEN g0.svc_dt < r.opened_on OR g0.svc_dt >= r.clsd_on THEN 1 + g0.r0 % 5 ELSE g0.r0 END AS rte_id
    FROM g0 JOIN rte r ON r.rte_id = g0.r0
), g2 AS (
    SELECT g1.*, r.rte_type, r.dpt_id, r.len_km,
           CASE WHEN r.rte_type = 'N' THEN g1.g % 4 ELSE 5 + (g1.g * 5) % 18 END AS hh,
           (g1.g * 13) % 60 AS mi,
           round(r.len_km * CASE r.rte_type WHEN 'E' THEN 2.4 WHEN 'N' THEN 2.2 ELSE 3.1 END)::int + g1.g % 5 AS plan_min,
           4 * (1 + (g1.g * 11) % 43) + r.dpt_id AS b0,
           4 * (1 + (g1.g * 7) % 57) + r.dpt_id AS d0
    FROM g1 JOIN rte r ON r.rte_id = g1.rte_id
), g3 AS (
    SELECT g2.*,
           (g2.svc_dt + make_interval(hours => g2.hh, mins => g2.mi)) AT TIME ZONE 'UTC' AS dep,
           CASE WHEN b.wdrn_on <= g2.svc_dt THEN CASE WHEN g2.b0 > 176 THEN g2.b0 - 4 ELSE g2.b0 + 4 END
                ELSE g2.b0 END AS bus_id,
           CASE WHEN d.left_on <= g2.svc_dt THEN CASE WHEN g2.d0 > 232 THEN g2.d0 - 4 ELSE g2.d0 + 4 END
                ELSE g2.d0 END AS drv_id
    FROM g2
    JOIN bus b ON b.bus_id = g2.b0
    JOIN drv d ON d.drv_id = g2.d0
)
SELECT g, rte_id,
       CASE WHEN g % 2 = 0 THEN 'O' ELSE 'I' END,
       svc_dt, dep, dep + plan_min * interval '1 minute',
       CASE WHEN svc_dt > date '2025-12-03' THEN NULL ELSE bus_id END,
       CASE WHEN svc_dt > date '2025-12-01' THEN NULL ELSE drv_id END,
       (SELECT dpt_cd FROM dpt WHERE dpt.dpt_id = g3.dpt_id) || '-' || lpad((1 + bus_id % 40)::text, 3, '0')
FROM g3;

-- ---------------------------------------------------------------- trip_op (what actually happened on each trip)
CREATE TABLE trip_op (
    trip_id     integer PRIMARY KEY REFERENCES tt_trip (trip_id),
    sts_cd      char(1) NOT NULL,
    cxl_rsn     char(2),
    act_dep_ts  timestamptz,
    act_arr_ts  timestamptz,
    dep_dly_min smallint,
    km_run      numeric(5,1),
    rec_src     char(1) NOT NULL
);
COMMENT ON TABLE trip_op IS 'operation record of a timetabled trip, written from the service day on; future trips have no row yet';
COMMENT ON COLUMN trip_op.sts_cd IS 'R = ran to the last stop, P = part-run (curtailed before the last stop), C = cancelled (never left), E = en route (not finished at the data cut-off)';
COMMENT ON COLUMN trip_op.cxl_rsn IS 'why the trip was cancelled or curtailed: ND = no driver, NB = no bus available, BD = bus breakdown, RC = road closure / traffic jam, WX = weather, OT = other; NULL when it ran normally';
COMMENT ON COLUMN trip_op.act_dep_ts IS 'actual departure from the first stop; NULL = did not depart';
COMMENT ON COLUMN trip_op.act_arr_ts IS 'actual arrival at the last stop (or at the stop where it was curtailed); NULL = cancelled or not arrived yet';
COMMENT ON COLUMN trip_op.dep_dly_min IS 'departure delay against the timetable, minutes (negative = left early); NULL if cancelled';
COMMENT ON COLUMN trip_op.km_run IS 'kilometres driven in passenger service on the trip; NULL if cancelled or not finished';
COMMENT ON COLUMN trip_op.rec_src IS 'A = recorded automatically by the on-board AVL unit, M = entered by the dispatcher';

INSERT INTO trip_op (trip_id, sts_cd, cxl_rsn, act_dep_ts, act_arr_ts, dep_dly_min, km_run, rec_src)
WITH t AS (
    SELECT t.trip_id AS g, t.svc_dt, t.sched_dep_ts, r.len_km,
           (extract(epoch FROM t.sched_arr_ts - t.sched_dep_ts) / 60)::int AS plan_min,
           extract(hour FROM t.sched_dep_ts)::int AS hh,
           CASE WHEN t.trip_id % 29 = 0 OR t.trip_id % 47 = 11 THEN 'C'
                WHEN t.svc_dt = date '2025-11-30' AND extract(hour FROM t.sched_dep_ts) >= 20 THEN 'E'
                WHEN t.trip_id % 37 = 4 THEN 'P'
                ELSE 'R' END AS sts
    FROM tt_trip t JOIN rte r ON r.rte_id = t.rte_id
    WHERE t.svc_dt <= date '2025-11-30'
), d AS (
    SELECT t.*,
           CASE WHEN sts = 'C' THEN NULL
                ELSE (g * 37) % 13 - 2
                     + CASE WHEN g % 17 = 0 THEN 12 ELSE 0 END
                     + CASE WHEN hh IN (7, 8, 17, 18) THEN 4 ELSE 0 END END AS dly
    FROM t
)
SELECT g, sts,
       CASE sts WHEN 'C' THEN (ARRAY['ND','NB','BD','RC','WX','ND','BD','OT'])[1 + (g * 3) % 8]
                WHEN 'P' THEN (ARRAY['BD','RC','WX'])[1 + g % 3] END,
       sched_dep_ts + dly * interval '1 minute',
       CASE sts WHEN 'R' THEN sched_dep_ts + (dly + plan_min + (g * 11) % 9 - 3) * interval '1 minute'
                WHEN 'P' THEN sched_dep_ts + (dly + round(plan_min * 0.6)) * interval '1 minute' END,
       dly,
       CASE sts WHEN 'R' THEN len_km WHEN 'P' THEN round(len_km * 0.6, 1) END,
       CASE WHEN g % 31 = 0 THEN 'M' ELSE 'A' END
FROM d;

-- ---------------------------------------------------------------- fcard (farecards)
CREATE TABLE fcard (
    card_no         bigint PRIMARY KEY,
    card_type       char(1) NOT NULL,
    issued_on       date NOT NULL,
    holder_birth_yr smallint,
    bal_rub         numeric(8,2) NOT NULL DEFAULT 0,
    pass_valid_to   date,
    blocked_at      timestamptz,
    blk_rsn         char(1)
);
COMMENT ON COLUMN fcard.card_type IS 'S = standard stored-value, T = student / schoolchild (half fare), P = pensioner / social (rides free), M = monthly unlimited pass';
COMMENT ON COLUMN fcard.holder_birth_yr IS 'year of birth of the holder of a personalised card; NULL = anonymous card';
COMMENT ON COLUMN fcard.bal_rub IS 'stored-value balance at the data cut-off, RUB';
COMMENT ON COLUMN fcard.pass_valid_to IS 'M cards: last day the current pass is paid up to; NULL for other card types';
COMMENT ON COLUMN fcard.blocked_at IS 'when the card was blocked; NULL = card is active';
COMMENT ON COLUMN fcard.blk_rsn IS 'L = reported lost or stolen, F = suspected fraud, X = expired entitlement; NULL = not blocked';

INSERT INTO fcard (card_no, card_type, issued_on, holder_birth_yr, bal_rub, pass_valid_to, blocked_at, blk_rsn)
WITH c AS (
    SELECT k,
           CASE WHEN k % 10 < 5 THEN 'S' WHEN k % 10 < 7 THEN 'T' WHEN k % 10 = 7 THEN 'P' ELSE 'M' END AS ct
    FROM generate_series(1, 1500) AS k
)
SELECT 9643100000000000 + k * 7919,
       ct,
       CASE WHEN k > 1400 THEN date '2025-11-01' + k % 29 ELSE date '2019-01-01' + (k * 53) % 1800 END,
       CASE ct WHEN 'T' THEN 2002 + k % 12
               WHEN 'P' THEN 1940 + k % 20
               ELSE CASE WHEN k % 3 = 0 THEN NULL ELSE 1960 + (k * 7) % 45 END END,
       CASE WHEN ct IN ('S', 'T') THEN ((k * 7919) % 150000) / 100.0 ELSE 0 END,
       CASE WHEN ct = 'M' THEN CASE WHEN k % 4 = 0 THEN date '2025-10-31' ELSE date '2025-11-30' END END,
       CASE WHEN k % 37 = 0 THEN timestamptz '2024-02-10 08:00:00+00' + k * interval '11 hours 7 minutes' END,
       CASE WHEN k % 37 = 0 THEN (ARRAY['L','F','X'])[1 + k % 3] END
FROM c;

-- ---------------------------------------------------------------- tap (validator taps = boardings)
CREATE TABLE tap (
    tap_id   bigint PRIMARY KEY,
    tap_ts   timestamptz NOT NULL,
    trip_id  integer NOT NULL,
    stp_id   integer NOT NULL REFERENCES stp (stp_id),
    card_no  bigint REFERENCES fcard (card_no),
    pay_cd   char(1) NOT NULL,
    fare_rub numeric(6,2) NOT NULL,
    vldtr_id varchar(8) NOT NULL
);
COMMENT ON TABLE tap IS 'one row per boarding: a tap on the validator with a farecard, a bank card or a phone';
COMMENT ON COLUMN tap.trip_id IS 'trip (tt_trip.trip_id) the passenger boarded';
COMMENT ON COLUMN tap.stp_id IS 'stop where the passenger boarded';
COMMENT ON COLUMN tap.card_no IS 'farecard used; NULL = paid by bank card or QR code';
COMMENT ON COLUMN tap.pay_cd IS 'W = farecard stored value, P = farecard pass or social entitlement (no charge), B = contactless bank card, Q = QR code in the mobile app';
COMMENT ON COLUMN tap.fare_rub IS 'fare charged, RUB (0 for passes and social cards)';

INSERT INTO tap (tap_id, tap_ts, trip_id, stp_id, card_no, pay_cd, fare_rub, vldtr_id)
WITH ran AS (
    SELECT t.trip_id, t.rte_id, t.bus_id, o.act_dep_ts,
           coalesce((extract(epoch FROM o.act_arr_ts - o.act_dep_ts) / 60)::int,
                    (extract(epoch FROM t.sched_arr_ts - t.sched_dep_ts) / 60)::int) AS run_min,
           r.base_fare_rub,
           (SELECT count(*) FROM rte_stp s WHERE s.rte_id = t.rte_id) AS n_stp,
           row_number() OVER (ORDER BY t.trip_id) AS rn,
           count(*) OVER () AS n
    FROM tt_trip t
    JOIN trip_op o ON o.trip_id = t.trip_id
    JOIN rte r ON r.rte_id = t.rte_id
    WHERE o.act_dep_ts IS NOT NULL
), x AS (
    SELECT g, ran.*,
           CASE WHEN g % 10 IN (0, 1) THEN 'B' WHEN g % 10 = 2 THEN 'Q' END AS ext_pay,
           1 + (g * 97 + g / 13) % 1400 AS k
    FROM generate_series(1, 6000) AS g
    JOIN ran ON ran.rn = 1 + (g::bigint * 389) % ran.n
), y AS (
    SELECT x.*,
           x.act_dep_ts + ((g * 7) % greatest(run_min - 1, 1)) * interval '1 minute' + (g % 60) * interval '1 second' AS ts,
           CASE WHEN ext_pay IS NULL THEN 9643100000000000 + k * 7919 END AS card_no,
           CASE WHEN ext_pay IS NOT NULL THEN NULL
                WHEN k % 10 < 5 THEN 'S' WHEN k % 10 < 7 THEN 'T' WHEN k % 10 = 7 THEN 'P' ELSE 'M' END AS ct
    FROM x
)
SELECT g, ts, trip_id,
       (SELECT s.stp_id FROM rte_stp s WHERE s.rte_id = y.rte_id AND s.seq_no = 1 + (g * 3) % y.n_stp),
       card_no,
       coalesce(ext_pay, CASE WHEN ct IN ('S', 'T') THEN 'W' ELSE 'P' END),
       CASE WHEN ct IN ('P', 'M') THEN 0
            ELSE (base_fare_rub - CASE WHEN ts < timestamptz '2025-01-01 00:00:00+00' THEN 5 ELSE 0 END)
                 * CASE WHEN ct = 'T' THEN 0.5 ELSE 1 END
                 - CASE WHEN ct = 'S' THEN 3 ELSE 0 END END,
       'V' || lpad((bus_id * 3 + g % 3)::text, 5, '0')
FROM y;

-- ---------------------------------------------------------------- mnt_job (maintenance and repair jobs)
CREATE TABLE mnt_job (
    job_id    integer PRIMARY KEY,
    bus_id    integer NOT NULL,
    job_type  char(2) NOT NULL,
    opened_ts timestamptz NOT NULL,
    closed_ts timestamptz,
    odo_km    integer,
    towed     boolean NOT NULL DEFAULT false,
    cost_rub  numeric(10,2),
    ext_shop  boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN mnt_job.bus_id IS 'bus (bus.bus_id) taken off the road';
COMMENT ON COLUMN mnt_job.job_type IS 'BD = breakdown in service, PM = planned maintenance (TO-1 / TO-2), AC = accident damage repair, TR = tyres, BI = body / interior';
COMMENT ON COLUMN mnt_job.opened_ts IS 'when the bus was taken out of service';
COMMENT ON COLUMN mnt_job.closed_ts IS 'when the bus was released back to service; NULL = not back in service yet';
COMMENT ON COLUMN mnt_job.odo_km IS 'odometer reading when the job was opened, km';
COMMENT ON COLUMN mnt_job.towed IS 'bus had to be towed to the depot';
COMMENT ON COLUMN mnt_job.cost_rub IS 'parts + labour, RUB; NULL until the job is closed';
COMMENT ON COLUMN mnt_job.ext_shop IS 'done by an outside workshop rather than the depot';

INSERT INTO mnt_job (job_id, bus_id, job_type, opened_ts, closed_ts, odo_km, towed, cost_rub, ext_shop)
WITH j AS (
    SELECT g, 1 + (g * 53) % 170 AS bus_id,
           CASE WHEN g % 4 = 0 THEN 'BD'
                WHEN g % 4 = 1 THEN 'PM'
                WHEN g % 4 = 2 THEN CASE WHEN g % 3 = 0 THEN 'AC' ELSE 'TR' END
                ELSE CASE WHEN g % 7 = 3 THEN 'BD' ELSE 'BI' END END AS job_type,
           timestamptz '2024-01-03 06:00:00+00' + g * interval '27 hours 41 minutes' AS opened_ts
    FROM generate_series(1, 600) AS g
), c AS (
    SELECT j.*,
           opened_ts + CASE job_type WHEN 'BD' THEN 3 + (g * 7) % 70
                                     WHEN 'PM' THEN 5 + g % 20
                                     WHEN 'AC' THEN 48 + (g * 13) % 500
                                     WHEN 'TR' THEN 1 + g % 4
                                     ELSE 8 + (g * 3) % 120 END * interval '1 hour' AS cl
    FROM j
), d AS (
    SELECT c.*,
           CASE WHEN g % 97 = 0 THEN NULL
                WHEN opened_ts > timestamptz '2025-11-18 00:00:00+00' AND g % 2 = 0 THEN NULL
                WHEN cl > timestamptz '2025-11-30 23:59:59+00' THEN NULL
                ELSE cl END AS closed_ts
    FROM c
)
SELECT d.g, d.bus_id, d.job_type, d.opened_ts, d.closed_ts,
       greatest(b.odo_km - (extract(epoch FROM timestamptz '2025-11-30 00:00:00+00' - d.opened_ts) / 86400 * 160)::int, 1000),
       d.job_type = 'BD' AND d.g % 3 = 0,
       CASE WHEN d.closed_ts IS NULL THEN NULL
            ELSE CASE d.job_type WHEN 'BD' THEN 8000 + (d.g * 331) % 90000
                                 WHEN 'PM' THEN 12000 + (d.g * 71) % 15000
                                 WHEN 'AC' THEN 50000 + (d.g * 911) % 400000
                                 WHEN 'TR' THEN 18000 + (d.g * 13) % 20000
                                 ELSE 5000 + (d.g * 59) % 40000 END + (d.g % 100) / 100.0 END,
       d.job_type = 'AC' OR d.g % 13 = 0
FROM d JOIN bus b ON b.bus_id = d.bus_id;

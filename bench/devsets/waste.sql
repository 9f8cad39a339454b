-- Made-up schema: a municipal waste collection company (collection routes, trucks, crew,
-- customer accounts for households / businesses / public bodies, service addresses, bins,
-- scheduled route runs, bin pickup events, weighbridge tickets at disposal sites, customer
-- complaints, monthly invoices for business customers).
-- Links WITHOUT a declared foreign key: bin.rte_id -> rte.rte_id, wb_tkt.run_id -> rte_run.run_id,
-- cmpl.addr_id -> svc_addr.addr_id.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 (route runs after that date are only planned).
-- Re-runnable: tables are dropped children first.

SET TIME ZONE 'UTC';

DROP TABLE IF EXISTS inv;
DROP TABLE IF EXISTS cmpl;
DROP TABLE IF EXISTS wb_tkt;
DROP TABLE IF EXISTS pkp_evt;
DROP TABLE IF EXISTS rte_run;
DROP TABLE IF EXISTS bin;
DROP TABLE IF EXISTS svc_addr;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS emp;
DROP TABLE IF EXISTS trk;
DROP TABLE IF EXISTS rte;

-- ---------------------------------------------------------------- rte (collection routes)
CREATE TABLE rte (
    rte_id    smallint PRIMARY KEY,
    rte_cd    varchar(8) NOT NULL UNIQUE,
    dstr_cd   char(3) NOT NULL,
    strm_cd   char(1) NOT NULL,
    svc_dow   smallint NOT NULL,
    freq_wk   smallint NOT NULL DEFAULT 2,
    actv_flg  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE rte IS 'Collection routes: one district, one waste stream';
COMMENT ON COLUMN rte.dstr_cd IS 'district: ALT = Altstadt, NRD = Nord, HAF = Hafen, WST = West';
COMMENT ON COLUMN rte.strm_cd IS 'waste stream: R = residual (general) waste, P = paper / cardboard recycling, O = organic (food and garden) waste';
COMMENT ON COLUMN rte.svc_dow IS 'collection weekday, ISO: 1 = Monday ... 5 = Friday';
COMMENT ON COLUMN rte.freq_wk IS 'collected every N weeks';

INSERT INTO rte (rte_id, rte_cd, dstr_cd, strm_cd, svc_dow, freq_wk, actv_flg)
SELECT g,
       (ARRAY['ALT','NRD','HAF','WST'])[1 + (g - 1) / 3] || '-' || (ARRAY['R','P','O'])[1 + (g - 1) % 3] || '1',
       (ARRAY['ALT','NRD','HAF','WST'])[1 + (g - 1) / 3],
       (ARRAY['R','P','O'])[1 + (g - 1) % 3],
       1 + (g * 2) % 5,
       2,
       true
FROM generate_series(1, 12) AS g;

-- ---------------------------------------------------------------- trk (collection vehicles)
CREATE TABLE trk (
    trk_id      smallint PRIMARY KEY,
    reg_no      varchar(12) NOT NULL,
    mk_mdl      text NOT NULL,
    body_cd     char(2) NOT NULL,
    fuel_cd     char(1) NOT NULL,
    tare_kg     integer NOT NULL,
    payload_kg  integer NOT NULL,
    in_svc_dt   date NOT NULL,
    out_svc_dt  date
);
COMMENT ON COLUMN trk.body_cd IS 'RL = rear loader (driver + loader), SL = side loader (one-person operation), HK = hook lift (skips / roll-off containers)';
COMMENT ON COLUMN trk.fuel_cd IS 'D = diesel, C = compressed natural gas, E = battery electric';
COMMENT ON COLUMN trk.tare_kg IS 'empty weight of the vehicle, kg';
COMMENT ON COLUMN trk.out_svc_dt IS 'date the vehicle was retired; NULL = still in service';

INSERT INTO trk (trk_id, reg_no, mk_mdl, body_cd, fuel_cd, tare_kg, payload_kg, in_svc_dt, out_svc_dt) VALUES
    (1,  'HB-WC 101', 'MAN TGS 26.320',           'RL', 'D', 13200, 11800, '2018-03-01', NULL),
    (2,  'HB-WC 102', 'MAN TGS 26.320',           'RL', 'D', 13250, 11750, '2018-03-01', NULL),
    (3,  'HB-WC 103', 'Mercedes Econic 2630',     'SL', 'D', 14100, 10900, '2019-07-15', NULL),
    (4,  'HB-WC 104', 'Mercedes Econic 2630 NGT', 'RL', 'C', 13900, 11100, '2020-02-01', NULL),
    (5,  'HB-WC 105', 'MAN TGS 26.320',           'RL', 'D', 13180, 11820, '2016-05-10', '2025-05-31'),
    (6,  'HB-WC 106', 'Dennis Eagle Elite',       'SL', 'D', 13600, 11400, '2019-11-04', NULL),
    (7,  'HB-WC 107', 'Mercedes Econic 2630 NGT', 'RL', 'C', 13950, 11050, '2020-02-01', NULL),
    (8,  'HB-WC 108', 'Volvo FE Electric',        'RL', 'E', 15400,  9600, '2023-09-01', NULL),
    (9,  'HB-WC 109', 'Dennis Eagle eCollect',    'SL', 'E', 15800,  9200, '2023-10-16', NULL),
    (10, 'HB-WC 110', 'MAN TGS 26.360',           'RL', 'D', 13300, 11700, '2021-04-12', NULL),
    (11, 'HB-WC 111', 'Scania P 280',             'RL', 'D', 13050, 11950, '2021-08-30', NULL),
    (12, 'HB-WC 112', 'Dennis Eagle Elite',       'SL', 'D', 13650, 11350, '2022-01-17', NULL),
    (13, 'HB-WC 113', 'MAN TGS 26.320',           'RL', 'D', 13220, 11780, '2017-06-01', NULL),
    (14, 'HB-WC 114', 'Mercedes Econic 2630',     'RL', 'D', 13800, 11200, '2015-09-01', '2025-08-15'),
    (15, 'HB-WC 115', 'Volvo FE Electric',        'RL', 'E', 15450,  9550, '2025-06-01', NULL),
    (16, 'HB-WC 116', 'Mercedes eEconic',         'RL', 'E', 15900,  9100, '2025-11-20', NULL),
    (17, 'HB-WC 120', 'MAN TGS 26.440 Abroller',  'HK', 'D', 15800, 10200, '2019-03-18', NULL);

-- ---------------------------------------------------------------- emp (crew: drivers, loaders, supervisors)
CREATE TABLE emp (
    emp_id    smallint PRIMARY KEY,
    pers_no   varchar(8) NOT NULL,
    first_nm  text NOT NULL,
    last_nm   text NOT NULL,
    role_cd   char(1) NOT NULL,
    lic_cls   varchar(3),
    hire_dt   date NOT NULL,
    term_dt   date
);
COMMENT ON COLUMN emp.role_cd IS 'D = driver, L = loader (rides on the back, lifts bins), S = shift supervisor';
COMMENT ON COLUMN emp.lic_cls IS 'driving licence class (C, CE); NULL for staff who do not drive';
COMMENT ON COLUMN emp.term_dt IS 'last working day; NULL = still employed';

INSERT INTO emp (emp_id, pers_no, first_nm, last_nm, role_cd, lic_cls, hire_dt, term_dt)
SELECT g,
       'P' || lpad((400 + g * 17)::text, 5, '0'),
       (ARRAY['Jens','Mehmet','Piotr','Anke','Sven','Dirk','Olga','Tobias','Marek','Hauke',
              'Ayse','Frank','Kai','Elena','Lukas','Björn','Uwe','Dariusz','Kemal','Ralf',
              'Nadine','Heiko','Stefan','Andrzej','Timo','Sergej','Jörg','Emre','Mirko','Klaus',
              'Birgit','Holger','Sandra','Volker'])[g],
       (ARRAY['Meyer','Yilmaz','Nowak','Schulz','Hoffmann','Becker','Petrenko','Wagner','Kowalski','Janssen',
              'Demir','Krüger','Lange','Popescu','Brandt','Ahrens','Vogel','Wiśniewski','Aydın','Köhler',
              'Fischer','Behrens','Wolff','Zieliński','Hansen','Ivanov','Peters','Kaya','Schröder','Dreyer',
              'Lüdemann','Harms','Otten','Gerdes'])[g],
       CASE WHEN g <= 16 THEN 'D' WHEN g <= 30 THEN 'L' ELSE 'S' END,
       CASE WHEN g <= 16 THEN (CASE WHEN g % 3 = 0 THEN 'CE' ELSE 'C' END)
            WHEN g >= 31 THEN 'C' END,
       CASE g WHEN 15 THEN date '2024-06-01' WHEN 16 THEN date '2025-03-01'
              ELSE date '2008-02-01' + (g * 211) % 5000 END,
       CASE g WHEN 7 THEN date '2025-03-31' WHEN 29 THEN date '2025-09-30' END
FROM generate_series(1, 34) AS g;

-- ---------------------------------------------------------------- cust (customer accounts)
CREATE TABLE cust (
    cust_id     integer PRIMARY KEY,
    acct_no     varchar(10) NOT NULL UNIQUE,
    cust_typ    char(1) NOT NULL,
    acct_nm     text NOT NULL,
    vat_id      varchar(14),
    email       text,
    phone       varchar(20),
    pay_terms_d smallint,
    opened_dt   date NOT NULL,
    closed_dt   date
);
COMMENT ON COLUMN cust.cust_typ IS 'H = household, B = business (invoiced monthly), P = public body (school, library; billed through the city budget)';
COMMENT ON COLUMN cust.vat_id IS 'VAT registration number; business accounts only';
COMMENT ON COLUMN cust.pay_terms_d IS 'invoice payment terms in days; business accounts only';
COMMENT ON COLUMN cust.closed_dt IS 'date the account was closed; NULL = active';

INSERT INTO cust (cust_id, acct_no, cust_typ, acct_nm, vat_id, email, phone, pay_terms_d, opened_dt, closed_dt)
SELECT g,
       'K' || lpad((10000 + g * 37)::text, 6, '0'),
       typ,
       CASE typ
            WHEN 'B' THEN (ARRAY['Hafenbäckerei Lüders GmbH','Autohaus Weser KG','Hotel Stadtwaage','Edeka Nordmarkt',
                                 'Café Deichblick','Brauhaus am Markt GmbH','Logistik Janßen & Co','Zahnarztpraxis Dr. Okafor',
                                 'Kantine Werft 7','Baumarkt West GmbH'])[g / 5]
            WHEN 'P' THEN CASE g WHEN 7 THEN 'Grundschule Am Deich' ELSE 'Stadtbibliothek Nord' END
            ELSE (ARRAY['Meier','Schmidt','Öztürk','Nowicki','Hansen','Braun','Klein','Wolf','Schäfer','Neumann',
                        'Schwarz','Zimmermann','Krause','Lehmann','Kaiser','Fuchs','Peters','Scholz','Möller','Hartmann',
                        'Lang','Weiß','Jung','Friedrich','Keller','Vogt','Roth','Sommer','Haas','Ernst'])[1 + (g * 7) % 30]
                 || ', ' || (ARRAY['A.','B.','C.','D.','E.','F.','G.','H.','I.','J.','K.','M.'])[1 + g % 12]
       END,
       CASE WHEN typ = 'B' THEN 'DE' || (281000000 + g * 4567)::text END,
       CASE WHEN g % 9 = 4 THEN NULL
            WHEN typ = 'B' THEN 'buchhaltung' || g || '@firma-example.de'
            ELSE 'kunde' || g || '@mail-example.de' END,
       '0421-' || lpad(((g * 7919) % 1000000)::text, 6, '0'),
       CASE WHEN typ = 'B' THEN (CASE WHEN g % 3 = 0 THEN 30 ELSE 14 END) END,
       CASE g WHEN 45 THEN date '2024-04-01'
              WHEN 50 THEN date '2025-02-15'
              ELSE CASE WHEN g > 50 THEN date '2025-11-03' + (g - 50) * 4
                        ELSE date '2009-01-01' + (g * 97) % 4000 END END,
       CASE g WHEN 13 THEN date '2025-06-30' WHEN 29 THEN date '2024-10-15' END
FROM (
    SELECT g, CASE WHEN g <= 50 AND g % 5 = 0 THEN 'B' WHEN g IN (7, 21) THEN 'P' ELSE 'H' END AS typ
    FROM generate_series(1, 54) AS g
) t;

-- ---------------------------------------------------------------- svc_addr (service addresses)
CREATE TABLE svc_addr (
    addr_id    integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    strt_nm    text NOT NULL,
    hse_no     varchar(6) NOT NULL,
    plz        char(5) NOT NULL,
    dstr_cd    char(3) NOT NULL,
    bldg_typ   char(1) NOT NULL,
    acc_note   text,
    lat        numeric(8,5),
    lon        numeric(8,5)
);
COMMENT ON COLUMN svc_addr.dstr_cd IS 'district: ALT = Altstadt, NRD = Nord, HAF = Hafen, WST = West';
COMMENT ON COLUMN svc_addr.bldg_typ IS 'S = single-family house, M = multi-unit residential building, C = commercial premises, I = institution (school, library)';
COMMENT ON COLUMN svc_addr.acc_note IS 'access instructions for the crew; NULL = none';

INSERT INTO svc_addr (addr_id, cust_id, strt_nm, hse_no, plz, dstr_cd, bldg_typ, acc_note, lat, lon)
SELECT a.addr_id, a.cust_id,
       (ARRAY['Am Wall','Ostertorsteinweg','Lindenstraße','Hafenstraße','Kirchweg','Bahnhofstraße',
              'Deichstraße','Mühlenweg','Schulstraße','Gartenstraße','Werftstraße','Rosenweg'])[1 + (a.addr_id * 5) % 12],
       (1 + (a.addr_id * 13) % 87)::text || CASE WHEN a.addr_id % 8 = 3 THEN 'a' ELSE '' END,
       (ARRAY['28195','28239','28217','28219'])[1 + (a.addr_id - 1) / 15],
       (ARRAY['ALT','NRD','HAF','WST'])[1 + (a.addr_id - 1) / 15],
       CASE c.cust_typ WHEN 'B' THEN 'C' WHEN 'P' THEN 'I' ELSE (CASE WHEN a.addr_id % 4 = 1 THEN 'M' ELSE 'S' END) END,
       CASE a.addr_id % 7 WHEN 0 THEN 'bins behind the garage' WHEN 3 THEN 'gate code 4711' END,
       53.07 + ((a.addr_id * 37) % 100) / 1000.0,
       8.78 + ((a.addr_id * 53) % 100) / 1000.0
FROM (
    SELECT g AS addr_id, CASE WHEN g <= 50 THEN g ELSE (g - 50) * 5 END AS cust_id
    FROM generate_series(1, 60) AS g
) a
JOIN cust c ON c.cust_id = a.cust_id;

-- ---------------------------------------------------------------- bin (containers at addresses)
CREATE TABLE bin (
    bin_id      integer PRIMARY KEY,
    addr_id     integer NOT NULL REFERENCES svc_addr (addr_id),
    rte_id      smallint NOT NULL,
    strm_cd     char(1) NOT NULL,
    vol_l       smallint NOT NULL,
    rfid_tag    varchar(16) NOT NULL,
    placed_dt   date NOT NULL,
    removed_dt  date
);
COMMENT ON COLUMN bin.rte_id IS 'route (rte.rte_id) that empties this bin';
COMMENT ON COLUMN bin.strm_cd IS 'R = residual waste, P = paper / cardboard, O = organic waste';
COMMENT ON COLUMN bin.vol_l IS 'container size in litres (120, 240, 660, 1100)';
COMMENT ON COLUMN bin.removed_dt IS 'date the bin was taken away (replaced or account closed); NULL = still at the address';

INSERT INTO bin (bin_id, addr_id, rte_id, strm_cd, vol_l, rfid_tag, placed_dt, removed_dt)
WITH base AS (
    SELECT a.addr_id, 1 + (a.addr_id - 1) / 15 AS di, c.cust_typ, c.opened_dt, c.closed_dt,
           s.strm_cd, s.si
    FROM svc_addr a
    JOIN cust c ON c.cust_id = a.cust_id
    CROSS JOIN (VALUES ('R', 1), ('P', 2), ('O', 3)) AS s (strm_cd, si)
    WHERE s.strm_cd = 'R'
       OR (s.strm_cd = 'P' AND a.addr_id % 2 = 0)
       OR (s.strm_cd = 'O' AND a.addr_id % 3 <> 0)
), b AS (
    SELECT base.*, 1 AS gen,
           greatest(date '2021-06-01' + (addr_id * 53 + si * 211) % 1200, opened_dt) AS placed_dt,
           CASE WHEN si = 1 AND addr_id % 11 = 0 THEN date '2025-03-10' + addr_id
                ELSE closed_dt END AS removed_dt
    FROM base
    UNION ALL                                   -- replacement residual bins (old one was broken)
    SELECT base.*, 2, date '2025-03-10' + addr_id, closed_dt
    FROM base
    WHERE si = 1 AND addr_id % 11 = 0
)
SELECT row_number() OVER (ORDER BY addr_id, si, gen),
       addr_id,
       (di - 1) * 3 + si,
       strm_cd,
       CASE cust_typ
            WHEN 'B' THEN (CASE strm_cd WHEN 'R' THEN 1100 WHEN 'P' THEN (CASE WHEN addr_id % 4 = 0 THEN 1100 ELSE 660 END) ELSE 240 END)
            WHEN 'P' THEN (CASE strm_cd WHEN 'O' THEN 240 ELSE 660 END)
            ELSE (CASE strm_cd WHEN 'R' THEN (CASE WHEN addr_id % 3 = 0 THEN 120 ELSE 240 END)
                               WHEN 'P' THEN 240 ELSE 120 END)
       END,
       'E2801160' || upper(lpad(to_hex(addr_id * 4099 + si * 131 + gen * 7), 8, '0')),
       placed_dt,
       removed_dt
FROM b;

-- ---------------------------------------------------------------- rte_run (scheduled route runs)
CREATE TABLE rte_run (
    run_id       integer PRIMARY KEY,
    rte_id       smallint NOT NULL REFERENCES rte (rte_id),
    sched_dt     date NOT NULL,
    trk_id       smallint NOT NULL REFERENCES trk (trk_id),
    drv_id       smallint NOT NULL REFERENCES emp (emp_id),
    ldr_id       smallint REFERENCES emp (emp_id),
    stat_cd      char(1) NOT NULL,
    pln_start_ts timestamptz NOT NULL,
    start_ts     timestamptz,
    end_ts       timestamptz,
    dist_km      numeric(5,1)
);
COMMENT ON TABLE rte_run IS 'One scheduled run of a route on a date, with the truck and crew assigned';
COMMENT ON COLUMN rte_run.drv_id IS 'driver (emp.emp_id)';
COMMENT ON COLUMN rte_run.ldr_id IS 'loader (emp.emp_id); NULL on side-loader trucks (one-person operation)';
COMMENT ON COLUMN rte_run.stat_cd IS 'P = planned (not yet driven), D = done, A = aborted (truck breakdown; the rest of the bins were not emptied), X = cancelled (public holiday, storm)';
COMMENT ON COLUMN rte_run.pln_start_ts IS 'planned departure from the depot';
COMMENT ON COLUMN rte_run.start_ts IS 'actual departure from the depot; NULL = not started (planned or cancelled)';
COMMENT ON COLUMN rte_run.end_ts IS 'actual return to the depot; NULL = not finished / not started';
COMMENT ON COLUMN rte_run.dist_km IS 'distance driven, km; NULL unless the run was driven';

INSERT INTO rte_run (run_id, rte_id, sched_dt, trk_id, drv_id, ldr_id, stat_cd, pln_start_ts, start_ts, end_ts, dist_km)
WITH d AS (
    SELECT r.rte_id, r.strm_cd, (date '2024-01-01' + w * 7 + (r.svc_dow - 1)) AS sched_dt
    FROM rte r
    CROSS JOIN generate_series(0, 103) AS w
    WHERE (w + r.rte_id) % 2 = 0
), n AS (
    SELECT d.*, row_number() OVER (ORDER BY sched_dt, rte_id) AS run_id
    FROM d
    WHERE sched_dt <= date '2025-12-12'
), a AS (
    SELECT n.*,
           CASE WHEN run_id % 9 = 0 THEN (CASE WHEN run_id % 2 = 0 AND sched_dt <= date '2025-08-15' THEN 14 ELSE 13 END)
                WHEN rte_id = 5 AND sched_dt > date '2025-05-31' THEN 15
                ELSE rte_id END AS trk_id,
           CASE WHEN run_id % 5 = 0 THEN (CASE WHEN sched_dt >= date '2024-06-01' THEN 13 + (run_id / 5) % 3
                                               ELSE 13 + (run_id / 5) % 2 END)
                WHEN rte_id = 7 AND sched_dt > date '2025-03-31' THEN 16
                ELSE rte_id END AS drv_id,
           CASE WHEN sched_dt > date '2025-11-30' THEN 'P'
                WHEN sched_dt IN (date '2024-03-29', date '2024-05-01', date '2024-12-25', date '2024-12-26',
                                  date '2025-01-01', date '2025-04-18', date '2025-10-03') THEN 'X'
                WHEN run_id % 61 = 0 THEN 'X'
                WHEN run_id % 47 = 0 THEN 'A'
                ELSE 'D' END AS stat_cd,
           (sched_dt + CASE strm_cd WHEN 'R' THEN time '06:00' WHEN 'P' THEN time '06:30' ELSE time '07:00' END)::timestamptz AS pln_start_ts
    FROM n
)
SELECT a.run_id, a.rte_id, a.sched_dt, a.trk_id, a.drv_id,
       CASE WHEN t.body_cd = 'SL' THEN NULL
            WHEN 17 + (a.rte_id * 3 + a.run_id) % 14 = 29 AND a.sched_dt > date '2025-09-30' THEN 30
            ELSE 17 + (a.rte_id * 3 + a.run_id) % 14 END,
       a.stat_cd,
       a.pln_start_ts,
       CASE WHEN a.stat_cd IN ('D', 'A') THEN a.pln_start_ts + ((a.run_id * 7) % 41 - 8) * interval '1 minute' END,
       CASE WHEN a.stat_cd = 'D' THEN a.pln_start_ts + ((a.run_id * 7) % 41 - 8 + 300 + (a.run_id * 13) % 150) * interval '1 minute'
            WHEN a.stat_cd = 'A' THEN a.pln_start_ts + ((a.run_id * 7) % 41 - 8 + 120 + a.run_id % 60) * interval '1 minute' END,
       CASE WHEN a.stat_cd = 'D' THEN 38 + (a.run_id * 29) % 260 / 10.0
            WHEN a.stat_cd = 'A' THEN 12 + (a.run_id * 29) % 90 / 10.0 END
FROM a
JOIN trk t ON t.trk_id = a.trk_id;

-- ---------------------------------------------------------------- pkp_evt (one bin lift or miss)
CREATE TABLE pkp_evt (
    evt_id       integer PRIMARY KEY,
    run_id       integer NOT NULL REFERENCES rte_run (run_id),
    bin_id       integer NOT NULL REFERENCES bin (bin_id),
    evt_ts       timestamptz NOT NULL,
    stat_cd      char(1) NOT NULL,
    miss_rsn_cd  char(2),
    wt_kg        numeric(6,1),
    lift_src     char(1) NOT NULL
);
COMMENT ON COLUMN pkp_evt.evt_ts IS 'when the lift (or the miss) was recorded on the truck';
COMMENT ON COLUMN pkp_evt.stat_cd IS 'C = collected (emptied), M = missed (see miss_rsn_cd)';
COMMENT ON COLUMN pkp_evt.miss_rsn_cd IS 'NO = bin not put out, BL = access blocked (parked cars, roadworks), CT = contaminated (wrong waste in bin, tagged and left), OW = overweight / overfilled, DM = bin damaged, TR = truck breakdown (run aborted); NULL when collected';
COMMENT ON COLUMN pkp_evt.wt_kg IS 'weight of the contents from the on-board lift scale, kg; NULL when missed';
COMMENT ON COLUMN pkp_evt.lift_src IS 'R = bin identified by RFID reader, M = entered manually by the crew';

INSERT INTO pkp_evt (evt_id, run_id, bin_id, evt_ts, stat_cd, miss_rsn_cd, wt_kg, lift_src)
WITH v AS (
    SELECT r.run_id, r.stat_cd AS run_stat, r.start_ts, r.end_ts, b.bin_id, b.strm_cd, b.vol_l,
           row_number() OVER (PARTITION BY r.run_id ORDER BY b.addr_id, b.bin_id) AS seq
    FROM rte_run r
    JOIN bin b ON b.rte_id = r.rte_id
    WHERE r.stat_cd IN ('D', 'A')
      AND b.placed_dt <= r.sched_dt
      AND (b.removed_dt IS NULL OR b.removed_dt > r.sched_dt)
), s AS (
    SELECT v.*,
           CASE WHEN run_stat = 'A' AND seq > 6 THEN 'TR'
                WHEN (bin_id * 7 + run_id * 3) % 29 = 0 THEN (ARRAY['NO','BL','CT','OW','DM'])[1 + (bin_id + run_id) % 5]
           END AS rsn
    FROM v
)
SELECT row_number() OVER (ORDER BY run_id, seq),
       run_id, bin_id,
       CASE WHEN rsn = 'TR' THEN end_ts
            ELSE start_ts + (10 + seq * 6 + (bin_id + run_id) % 5) * interval '1 minute' END,
       CASE WHEN rsn IS NULL THEN 'C' ELSE 'M' END,
       rsn,
       CASE WHEN rsn IS NULL THEN
            round(vol_l * (CASE strm_cd WHEN 'R' THEN 0.15 WHEN 'P' THEN 0.06 ELSE 0.33 END)
                        * (0.35 + ((bin_id * 11 + run_id * 17) % 60) / 100.0), 1) END,
       CASE WHEN (bin_id + run_id) % 13 = 0 THEN 'M' ELSE 'R' END
FROM s;

-- ---------------------------------------------------------------- wb_tkt (weighbridge tickets at disposal sites)
CREATE TABLE wb_tkt (
    tkt_no        integer PRIMARY KEY,
    site_cd       char(3) NOT NULL,
    trk_id        smallint NOT NULL REFERENCES trk (trk_id),
    run_id        integer,
    in_ts         timestamptz NOT NULL,
    out_ts        timestamptz,
    gross_kg      integer NOT NULL,
    tare_kg       integer,
    gate_fee_eur  numeric(9,2)
);
COMMENT ON COLUMN wb_tkt.site_cd IS 'LFL = Deponie Blockland (landfill), EFW = waste-to-energy plant, MRF = materials recovery facility (recycling plant), CMP = composting site';
COMMENT ON COLUMN wb_tkt.run_id IS 'route run (rte_run.run_id) that delivered the load; NULL = load not from a scheduled route (bulky waste, street cleaning)';
COMMENT ON COLUMN wb_tkt.in_ts IS 'entry weighing (loaded truck)';
COMMENT ON COLUMN wb_tkt.out_ts IS 'exit weighing (empty truck); NULL = exit weighing not done yet, truck still on site';
COMMENT ON COLUMN wb_tkt.gross_kg IS 'weight of the loaded truck at entry, kg';
COMMENT ON COLUMN wb_tkt.tare_kg IS 'weight of the empty truck at exit, kg; NULL until the exit weighing; the load delivered is gross_kg - tare_kg';
COMMENT ON COLUMN wb_tkt.gate_fee_eur IS 'fee charged by the site for the load, EUR (negative = rebate paid to us for recyclables); NULL until the exit weighing';

INSERT INTO wb_tkt (tkt_no, site_cd, trk_id, run_id, in_ts, out_ts, gross_kg, tare_kg, gate_fee_eur)
WITH r AS (
    SELECT r.run_id, r.trk_id, r.end_ts, t.tare_kg, rt.strm_cd,
           coalesce((SELECT round(sum(e.wt_kg)) FROM pkp_evt e WHERE e.run_id = r.run_id), 0)::int
               + (r.run_id % 13) * 4 AS net_kg
    FROM rte_run r
    JOIN rte rt ON rt.rte_id = r.rte_id
    JOIN trk t ON t.trk_id = r.trk_id
    WHERE r.stat_cd IN ('D', 'A')
), x AS (
    SELECT run_id, trk_id, tare_kg, net_kg,
           CASE strm_cd WHEN 'R' THEN (CASE WHEN run_id % 9 = 4 THEN 'LFL' ELSE 'EFW' END)
                        WHEN 'P' THEN 'MRF' ELSE 'CMP' END AS site_cd,
           end_ts - (25 + run_id % 20) * interval '1 minute' AS in_ts,
           run_id AS k
    FROM r
    UNION ALL                                   -- hook-lift loads not tied to a route run
    SELECT NULL, 17, 15800, 900 + (g * 379) % 3100,
           CASE WHEN g % 3 = 0 THEN 'LFL' ELSE 'EFW' END,
           timestamptz '2024-01-03 10:00:00+00' + (g * 8) * interval '1 day' + (g % 5) * interval '1 hour',
           100000 + g
    FROM generate_series(1, 87) AS g
), y AS (
    SELECT x.*,
           CASE WHEN in_ts >= timestamptz '2025-11-28 12:00:00+00' THEN NULL
                ELSE in_ts + (8 + k % 12) * interval '1 minute' END AS out_ts
    FROM x
)
SELECT 240000 + row_number() OVER (ORDER BY in_ts, k),
       site_cd, trk_id, run_id, in_ts, out_ts,
       tare_kg + net_kg + (k % 7) * 10,
       CASE WHEN out_ts IS NOT NULL THEN tare_kg + (k % 7) * 10 END,
       CASE WHEN out_ts IS NOT NULL THEN
            round(net_kg / 1000.0 * CASE site_cd WHEN 'EFW' THEN 128.00 WHEN 'LFL' THEN 97.50
                                                 WHEN 'MRF' THEN -22.00 ELSE 44.00 END, 2) END
FROM y;

-- ---------------------------------------------------------------- cmpl (customer complaints)
CREATE TABLE cmpl (
    cmpl_id      integer PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES cust (cust_id),
    addr_id      integer,
    rcvd_ts      timestamptz NOT NULL,
    chan_cd      char(1) NOT NULL,
    cat_cd       char(2) NOT NULL,
    descr        text,
    resolved_ts  timestamptz
);
COMMENT ON COLUMN cmpl.addr_id IS 'service address (svc_addr.addr_id) the complaint is about; NULL for billing complaints';
COMMENT ON COLUMN cmpl.chan_cd IS 'P = phone, E = email, W = web form, A = mobile app';
COMMENT ON COLUMN cmpl.cat_cd IS 'MP = missed pickup, SP = spillage / litter left behind, DM = bin damaged by crew, NE = noise or too-early collection, ST = staff behaviour, BL = billing, OT = other';
COMMENT ON COLUMN cmpl.resolved_ts IS 'when the complaint was closed; NULL = still open';

INSERT INTO cmpl (cmpl_id, cust_id, addr_id, rcvd_ts, chan_cd, cat_cd, descr, resolved_ts)
WITH c AS (
    SELECT a.cust_id, b.addr_id,
           e.evt_ts + (4 + e.evt_id % 40) * interval '1 hour' AS rcvd_ts,
           (ARRAY['P','E','W','A'])[1 + e.evt_id % 4] AS chan_cd,
           'MP' AS cat_cd,
           (ARRAY['bin not emptied','Tonne nicht geleert','bin still full after collection day'])[1 + e.evt_id % 3] AS descr,
           2 + e.evt_id % 70 AS res_h,
           e.evt_id % 11 = 0 AS left_open
    FROM pkp_evt e
    JOIN bin b ON b.bin_id = e.bin_id
    JOIN svc_addr a ON a.addr_id = b.addr_id
    WHERE e.stat_cd = 'M' AND e.miss_rsn_cd <> 'NO' AND e.evt_id % 3 <> 0
      AND a.cust_id NOT IN (20, 40)
    UNION ALL
    SELECT CASE WHEN cat = 'BL' THEN 5 * (1 + g % 10) ELSE sa.cust_id END,
           CASE WHEN cat = 'BL' THEN NULL ELSE sa.addr_id END,
           timestamptz '2024-01-04 08:00:00+00' + g * interval '69 hours' + (g % 9) * interval '1 hour',
           (ARRAY['P','E','W','A','P'])[1 + g % 5],
           cat,
           CASE cat WHEN 'SP' THEN 'rubbish left on the pavement' WHEN 'DM' THEN 'lid broken by the truck'
                    WHEN 'NE' THEN 'truck too early / too loud' WHEN 'ST' THEN 'crew was rude'
                    WHEN 'BL' THEN 'wrong amount on invoice' ELSE NULL END,
           1 + (g * 13) % 200,
           g % 17 = 0
    FROM (
        SELECT g, (ARRAY['SP','DM','NE','ST','BL','OT'])[1 + g % 6] AS cat, 1 + (g * 7) % 50 AS addr_id
        FROM generate_series(1, 240) AS g
    ) q
    JOIN svc_addr sa ON sa.addr_id = q.addr_id
    WHERE sa.cust_id NOT IN (20, 40)
)
SELECT row_number() OVER (ORDER BY c.rcvd_ts, c.cust_id),
       c.cust_id, c.addr_id, c.rcvd_ts, c.chan_cd, c.cat_cd, c.descr,
       CASE WHEN c.left_open OR c.rcvd_ts + c.res_h * interval '1 hour' > timestamptz '2025-11-30 23:59:59+00' THEN NULL
            ELSE c.rcvd_ts + c.res_h * interval '1 hour' END
FROM c
JOIN cust k ON k.cust_id = c.cust_id
WHERE (k.closed_dt IS NULL OR c.rcvd_ts < k.closed_dt)
  AND c.rcvd_ts < timestamptz '2025-12-01 00:00:00+00';

-- ---------------------------------------------------------------- inv (monthly invoices, business accounts)
CREATE TABLE inv (
    inv_id     integer PRIMARY KEY,
    inv_no     varchar(16) NOT NULL UNIQUE,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    bill_prd   date NOT NULL,
    issue_dt   date NOT NULL,
    due_dt     date NOT NULL,
    net_eur    numeric(10,2) NOT NULL,
    vat_eur    numeric(10,2) NOT NULL,
    paid_dt    date,
    stat_cd    char(1) NOT NULL
);
COMMENT ON COLUMN inv.bill_prd IS 'first day of the month billed';
COMMENT ON COLUMN inv.net_eur IS 'amount before VAT, EUR (monthly base fee + per-lift charges)';
COMMENT ON COLUMN inv.vat_eur IS 'VAT (19 %), EUR';
COMMENT ON COLUMN inv.paid_dt IS 'date the payment was received; NULL = not paid';
COMMENT ON COLUMN inv.stat_cd IS 'O = open (issued, not paid), P = paid, V = void (cancelled, not to be paid)';

INSERT INTO inv (inv_id, inv_no, cust_id, bill_prd, issue_dt, due_dt, net_eur, vat_eur, paid_dt, stat_cd)
WITH m AS (
    SELECT c.cust_id, c.pay_terms_d, d::date AS bill_prd
    FROM cust c
    CROSS JOIN generate_series(date '2024-01-01', date '2025-10-01', interval '1 month') AS d
    WHERE c.cust_typ = 'B'
      AND c.opened_dt < d + interval '1 month'
      AND (c.closed_dt IS NULL OR c.closed_dt >= d)
), l AS (
    SELECT m.*,
           (m.bill_prd + interval '1 month')::date + 2 AS issue_dt,
           45.00 + coalesce((
               SELECT sum(CASE b.vol_l WHEN 1100 THEN 21.40 WHEN 660 THEN 13.90 WHEN 240 THEN 6.10 ELSE 3.80 END)
               FROM pkp_evt e
               JOIN bin b ON b.bin_id = e.bin_id
               JOIN svc_addr a ON a.addr_id = b.addr_id
               WHERE a.cust_id = m.cust_id AND e.stat_cd = 'C'
                 AND e.evt_ts >= m.bill_prd AND e.evt_ts < m.bill_prd + interval '1 month'), 0) AS net_eur,
           row_number() OVER (ORDER BY m.bill_prd, m.cust_id) AS rn
    FROM m
), p AS (
    SELECT l.*,
           CASE WHEN rn % 37 = 0 OR rn % 23 = 0 THEN NULL
                WHEN issue_dt + 3 + ((rn * 11) % 45)::int > date '2025-11-30' THEN NULL
                ELSE issue_dt + 3 + ((rn * 11) % 45)::int END AS paid_dt
    FROM l
)
SELECT rn,
       'R' || to_char(bill_prd, 'YYMM') || '-' || lpad(cust_id::text, 4, '0'),
       cust_id, bill_prd, issue_dt, issue_dt + pay_terms_d, net_eur, round(net_eur * 0.19, 2), paid_dt,
       CASE WHEN rn % 37 = 0 THEN 'V' WHEN paid_dt IS NOT NULL THEN 'P' ELSE 'O' END
FROM p;

-- Made-up schema: a small sawmill and timber yard (forest owners selling logs, log truckloads received,
-- sawing runs, lumber stock lots by species and grade, kiln drying loads, customers, customer orders with
-- their delivery, machine downtime). Legacy style: terse column names, one-letter codes explained only in
-- the column comments. Data are deterministic (generate_series and modulo arithmetic, no random());
-- data cut-off is 2026-11-30. Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS mach_dt;
DROP TABLE IF EXISTS cust_ord;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS lmbr_lot;
DROP TABLE IF EXISTS kiln_ld;
DROP TABLE IF EXISTS saw_run;
DROP TABLE IF EXISTS log_recv;
DROP TABLE IF EXISTS frst_own;

-- ---------------------------------------------------------------- frst_own (forest owners / log suppliers)
CREATE TABLE frst_own (
    own_id    integer PRIMARY KEY,
    own_nm    text NOT NULL,
    own_typ   char(1) NOT NULL,
    cnty      text NOT NULL,
    fsc_fl    boolean NOT NULL DEFAULT false,
    tel       varchar(20),
    since_dt  date NOT NULL
);
COMMENT ON TABLE frst_own IS 'Forest owners the mill buys round logs from';
COMMENT ON COLUMN frst_own.own_typ IS 'P = private owner, S = state forest district, M = municipality, C = church / parish forest';
COMMENT ON COLUMN frst_own.cnty IS 'county (district) where the owner''s forest lies';
COMMENT ON COLUMN frst_own.fsc_fl IS 'true = forest is FSC certified';
COMMENT ON COLUMN frst_own.since_dt IS 'date the owner was registered as a supplier';

INSERT INTO frst_own (own_id, own_nm, own_typ, cnty, fsc_fl, tel, since_dt) VALUES
    (1,  'State Forest District North',  'S', 'Hallberg',  true,  '+49 5521 40110', '2009-04-01'),
    (2,  'Gerhard Moosbrugger',          'P', 'Hallberg',  false, '+49 5521 77342', '2012-10-15'),
    (3,  'Town of Altenbach',            'M', 'Altenbach', true,  '+49 5532 9000',  '2014-02-03'),
    (4,  'Forstgut Reinholz GmbH',       'P', 'Weidetal',  true,  '+49 5547 2231',  '2011-06-20'),
    (5,  'Parish of St. Martin',         'C', 'Weidetal',  false, '+49 5547 1180',  '2016-09-01'),
    (6,  'Anna Lindqvist-Heuer',         'P', 'Altenbach', false, NULL,             '2018-03-12'),
    (7,  'State Forest District South',  'S', 'Kronau',    true,  '+49 5561 40220', '2009-04-01'),
    (8,  'Brothers Tannhof',             'P', 'Kronau',    false, '+49 5561 3378',  '2015-11-30'),
    (9,  'Josef Eichinger',              'P', 'Hallberg',  false, '+49 5521 60455', '2019-01-21'),
    (10, 'Waldgenossenschaft Oberried',  'P', 'Oberried',  true,  '+49 5570 880',   '2013-05-06'),
    (11, 'Municipality of Kronau',       'M', 'Kronau',    false, '+49 5561 9100',  '2017-07-17'),
    (12, 'Maria Schönfelder',            'P', 'Oberried',  false, '+49 5570 4412',  '2020-08-03'),
    (13, 'Helmut Brandstätter',          'P', 'Weidetal',  false, NULL,             '2021-02-22'),
    (14, 'Forest Estate Vogelsang',      'P', 'Altenbach', true,  '+49 5532 6610',  '2010-12-01'),
    (15, 'Karl-Heinz Ruppert',           'P', 'Hallberg',  false, '+49 5521 31907', '2022-04-11'),
    (16, 'Abbey of Marienfeld',          'C', 'Oberried',  true,  '+49 5570 2020',  '2018-10-08'),
    (17, 'Lukas Wendling',               'P', 'Kronau',    false, '+49 5561 5083',  '2023-03-27'),
    (18, 'Elfriede Hoppstädter',         'P', 'Weidetal',  false, '+49 5547 90316', '2024-09-09');

-- ---------------------------------------------------------------- log_recv (log truckloads received)
CREATE TABLE log_recv (
    recv_id  integer PRIMARY KEY,
    own_id   integer NOT NULL REFERENCES frst_own (own_id),
    recv_dt  date NOT NULL,
    sp_cd    char(2) NOT NULL,
    vol_m3   numeric(6,2) NOT NULL,
    prc_m3   numeric(7,2) NOT NULL,
    qc_cd    char(1) NOT NULL,
    pay_dt   date,
    trk_no   varchar(12)
);
COMMENT ON TABLE log_recv IS 'Truckloads of round logs received at the log yard gate, one row per truckload';
COMMENT ON COLUMN log_recv.sp_cd IS 'species: SP = spruce, PI = pine, LA = larch, BI = birch, OK = oak, AS = aspen';
COMMENT ON COLUMN log_recv.vol_m3 IS 'log volume measured at the gate, cubic metres under bark';
COMMENT ON COLUMN log_recv.prc_m3 IS 'price per m3 owed to the forest owner, EUR (after any deduction)';
COMMENT ON COLUMN log_recv.qc_cd IS 'gate inspection: A = accepted, D = accepted with price deduction (downgraded), R = rejected and sent back, P = pending inspection';
COMMENT ON COLUMN log_recv.pay_dt IS 'date the forest owner was paid; NULL = not paid (yet); rejected loads are never paid';
COMMENT ON COLUMN log_recv.trk_no IS 'licence plate of the delivering truck';

INSERT INTO log_recv (recv_id, own_id, recv_dt, sp_cd, vol_m3, prc_m3, qc_cd, pay_dt, trk_no)
WITH b AS (
    SELECT g,
           date '2024-01-03' + (g * 5) / 2 AS recv_dt,
           CASE WHEN g % 7 = 0 THEN 1 + (g * 3) % 4 ELSE 1 + (g * 11) % 17 END AS own0,
           (ARRAY['SP','SP','SP','PI','PI','PI','SP','LA','BI','OK','PI','AS'])[1 + (g * 7) % 12] AS sp_cd,
           18 + ((g * 37) % 140) / 10.0 + (g % 4) * 0.05 AS vol_m3,
           CASE WHEN g >= 418 THEN 'P' WHEN g % 13 = 0 THEN 'R' WHEN g % 6 = 0 THEN 'D' ELSE 'A' END AS qc_cd
    FROM generate_series(1, 422) AS g
), o AS (
    SELECT b.*,
           CASE WHEN g >= 291 AND own0 IN (15, 16, 17) THEN own0 - 10 ELSE own0 END AS own_id,
           CASE sp_cd WHEN 'SP' THEN 62 WHEN 'PI' THEN 58 WHEN 'LA' THEN 75 WHEN 'BI' THEN 48 WHEN 'OK' THEN 140 ELSE 40 END
             + (g / 140) * 3 + g % 5 AS list_prc
    FROM b
)
SELECT g, own_id, recv_dt, sp_cd, vol_m3,
       CASE WHEN qc_cd = 'D' THEN list_prc - 9 - g % 4 ELSE list_prc END,
       qc_cd,
       CASE WHEN qc_cd IN ('R', 'P') THEN NULL
            WHEN g % 29 = 0 THEN NULL                                        -- disputed, still open
            WHEN recv_dt + 14 + (g % 3) * 7 > date '2026-11-30' THEN NULL
            ELSE recv_dt + 14 + (g % 3) * 7 END,
       (ARRAY['HB', 'AL', 'KR', 'WT', 'OR'])[1 + (own_id * 3) % 5] || '-' || chr(65 + g % 7) || chr(75 + own_id % 9) || ' ' || (100 + (own_id * 173) % 900)::text
FROM o;

-- ---------------------------------------------------------------- saw_run (sawing runs)
CREATE TABLE saw_run (
    run_id   integer PRIMARY KEY,
    recv_id  integer NOT NULL REFERENCES log_recv (recv_id),
    mach_cd  varchar(3) NOT NULL,
    shft     char(1) NOT NULL,
    st_ts    timestamp NOT NULL,
    end_ts   timestamp,
    in_m3    numeric(6,2) NOT NULL,
    out_m3   numeric(6,2),
    opr      text NOT NULL
);
COMMENT ON TABLE saw_run IS 'Sawing runs: one truckload of accepted logs cut into lumber on one saw line';
COMMENT ON COLUMN saw_run.mach_cd IS 'saw line: BS1 = band saw line 1, BS2 = band saw line 2 (hardwoods), FRM = frame saw';
COMMENT ON COLUMN saw_run.shft IS 'D = day shift, N = night shift';
COMMENT ON COLUMN saw_run.end_ts IS 'when the run finished; NULL = still on the saw';
COMMENT ON COLUMN saw_run.in_m3 IS 'log volume fed into the saw, m3';
COMMENT ON COLUMN saw_run.out_m3 IS 'sawn lumber volume produced, m3; NULL until the run is finished';
COMMENT ON COLUMN saw_run.opr IS 'head sawyer of the run';

INSERT INTO saw_run (run_id, recv_id, mach_cd, shft, st_ts, end_ts, in_m3, out_m3, opr)
WITH r AS (
    SELECT l.recv_id, l.sp_cd, l.vol_m3, l.qc_cd,
           row_number() OVER (ORDER BY l.recv_dt, l.recv_id) AS run_id,
           CASE WHEN l.sp_cd IN ('OK', 'BI', 'AS') THEN 'BS2'
                WHEN l.recv_id % 3 = 0 THEN 'BS2'
                WHEN l.recv_id % 3 = 1 THEN 'BS1'
                ELSE 'FRM' END AS mach_cd,
           CASE WHEN l.recv_id = 417 THEN timestamp '2026-11-29 18:19' ELSE                -- the last load is on the saw now
           l.recv_dt + 2 + l.recv_id % 5 + CASE WHEN l.recv_id % 4 = 3 THEN interval '18 hours' ELSE interval '6 hours' END
             + ((l.recv_id * 7) % 50) * interval '1 minute' END AS st_ts
    FROM log_recv l
    WHERE l.qc_cd IN ('A', 'D') AND l.recv_dt <= date '2026-11-20'
), e AS (
    SELECT r.*,
           CASE WHEN st_ts >= timestamp '2026-11-25 00:00' THEN NULL
                ELSE st_ts + (vol_m3 / CASE mach_cd WHEN 'BS1' THEN 4.5 WHEN 'BS2' THEN 3.5 ELSE 6.0 END) * interval '1 hour'
                           + ((recv_id * 11) % 40) * interval '1 minute' END AS end_ts
    FROM r
)
SELECT run_id, recv_id, mach_cd,
       CASE WHEN extract(hour FROM st_ts) = 18 THEN 'N' ELSE 'D' END,
       st_ts, date_trunc('minute', end_ts), vol_m3,
       CASE WHEN end_ts IS NULL THEN NULL
            ELSE round(vol_m3 * (CASE mach_cd WHEN 'BS1' THEN 0.52 WHEN 'BS2' THEN 0.48 ELSE 0.56 END
                                 + ((recv_id * 7) % 9 - 4) / 100.0
                                 - CASE WHEN qc_cd = 'D' THEN 0.04 ELSE 0 END), 2) END,
       (ARRAY['T. Krämer', 'M. Ostrowski', 'J. Haller', 'S. Brunner', 'D. Petrović'])[1 + (recv_id * 3) % 5]
FROM e;

-- ---------------------------------------------------------------- kiln_ld (kiln drying loads)
CREATE TABLE kiln_ld (
    ld_id    integer PRIMARY KEY,
    kiln_no  smallint NOT NULL,
    prog_cd  char(2) NOT NULL,
    in_ts    timestamp NOT NULL,
    out_ts   timestamp,
    tgt_mc   numeric(4,1) NOT NULL,
    fin_mc   numeric(4,1),
    kwh      integer
);
COMMENT ON TABLE kiln_ld IS 'Drying kiln charges: one row each time a kiln is loaded with lumber packs';
COMMENT ON COLUMN kiln_ld.kiln_no IS 'kiln chamber 1, 2 or 3';
COMMENT ON COLUMN kiln_ld.prog_cd IS 'drying programme: ST = standard softwood, SL = slow hardwood schedule, HT = heat treatment (ISPM 15 pallet wood)';
COMMENT ON COLUMN kiln_ld.in_ts IS 'when the kiln was closed and started';
COMMENT ON COLUMN kiln_ld.out_ts IS 'when the load was taken out; NULL = still drying';
COMMENT ON COLUMN kiln_ld.tgt_mc IS 'target moisture content, %';
COMMENT ON COLUMN kiln_ld.fin_mc IS 'moisture content measured at unloading, %; NULL until unloaded';
COMMENT ON COLUMN kiln_ld.kwh IS 'energy used by the charge, kWh; NULL = not metered (meters installed March 2025) or still drying';

INSERT INTO kiln_ld (ld_id, kiln_no, prog_cd, in_ts, out_ts, tgt_mc, fin_mc, kwh)
WITH b AS (
    SELECT g,
           1 + g % 3 AS kiln_no,
           CASE WHEN g % 7 = 0 THEN 'HT' WHEN g % 5 = 0 THEN 'SL' ELSE 'ST' END AS prog_cd,
           timestamp '2024-01-15 07:00' + g * interval '5 days 19 hours' + ((g * 13) % 90) * interval '1 minute' AS in_ts
    FROM generate_series(1, 181) AS g
), d AS (
    SELECT b.*,
           in_ts + (CASE prog_cd WHEN 'ST' THEN 96 + (g * 7) % 48 WHEN 'HT' THEN 26 + (g * 5) % 20 ELSE 240 + (g * 11) % 150 END) * interval '1 hour'
                 + ((g * 17) % 60) * interval '1 minute' AS done_ts,
           CASE prog_cd WHEN 'ST' THEN CASE WHEN g % 2 = 0 THEN 16.0 ELSE 18.0 END WHEN 'HT' THEN 20.0 ELSE 12.0 END AS tgt_mc
    FROM b
)
SELECT g, kiln_no, prog_cd, in_ts,
       CASE WHEN done_ts > timestamp '2026-11-30 00:00' THEN NULL ELSE done_ts END,
       tgt_mc,
       CASE WHEN done_ts > timestamp '2026-11-30 00:00' THEN NULL ELSE tgt_mc + ((g * 7) % 9 - 5) * 0.5 END,
       CASE WHEN done_ts > timestamp '2026-11-30 00:00' OR in_ts < timestamp '2025-03-01 00:00' THEN NULL
            ELSE round(extract(epoch FROM done_ts - in_ts) / 3600 * (38 + g % 9)) END
FROM d;

-- ---------------------------------------------------------------- lmbr_lot (lumber stock lots / packs)
CREATE TABLE lmbr_lot (
    lot_id      integer PRIMARY KEY,
    run_id      integer NOT NULL REFERENCES saw_run (run_id),
    sp_cd       char(2) NOT NULL,
    grd         char(1) NOT NULL,
    thk_mm      smallint NOT NULL,
    wid_mm      smallint NOT NULL,
    len_mm      smallint NOT NULL,
    pcs         integer NOT NULL,
    vol_m3      numeric(6,3) NOT NULL,
    kiln_ld_id  integer REFERENCES kiln_ld (ld_id),
    yard_loc    varchar(4),
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE lmbr_lot IS 'Lumber stock: packs of sawn boards of one species, grade and size, from one sawing run';
COMMENT ON COLUMN lmbr_lot.sp_cd IS 'species, same codes as log_recv.sp_cd: SP = spruce, PI = pine, LA = larch, BI = birch, OK = oak, AS = aspen';
COMMENT ON COLUMN lmbr_lot.grd IS 'grade: A = select / joinery, B = construction, C = pallet and packaging, X = reject (firewood)';
COMMENT ON COLUMN lmbr_lot.vol_m3 IS 'volume of the pack, m3';
COMMENT ON COLUMN lmbr_lot.kiln_ld_id IS 'kiln charge the pack was dried in; NULL = not kiln dried (green or air dried)';
COMMENT ON COLUMN lmbr_lot.yard_loc IS 'yard bay, row letter + bay number';
COMMENT ON COLUMN lmbr_lot.stat_cd IS 'S = in the yard, free to sell; R = in the yard, reserved for a customer order; O = shipped out; W = written off';

INSERT INTO lmbr_lot (lot_id, run_id, sp_cd, grd, thk_mm, wid_mm, len_mm, pcs, vol_m3, kiln_ld_id, yard_loc, stat_cd)
WITH p AS (
    SELECT s.run_id, s.end_ts, s.out_m3, l.sp_cd, k,
           row_number() OVER (ORDER BY s.run_id, k) AS lot_id
    FROM saw_run s
    JOIN log_recv l ON l.recv_id = s.recv_id
    CROSS JOIN generate_series(1, 3) AS k
    WHERE s.end_ts IS NOT NULL
), q AS (
    SELECT p.*,
           CASE k WHEN 1 THEN CASE WHEN run_id % 3 = 0 THEN 'B' ELSE 'A' END
                  WHEN 2 THEN 'B'
                  ELSE CASE WHEN run_id % 4 = 0 THEN 'X' ELSE 'C' END END AS grd,
           round(out_m3 * CASE k WHEN 1 THEN 0.30 WHEN 2 THEN 0.52 ELSE 0.18 END, 3) AS vol_m3,
           (ARRAY[22, 25, 32, 38, 47, 50, 63, 75])[1 + (lot_id * 5) % 8] AS thk_mm,
           (ARRAY[100, 125, 150, 175, 200, 225])[1 + (lot_id * 7) % 6] AS wid_mm,
           (ARRAY[3000, 3600, 4200, 4800, 5100, 6000])[1 + (lot_id * 11) % 6] AS len_mm,
           greatest(1, ceil(extract(epoch FROM end_ts - timestamp '2024-01-15 07:00') / extract(epoch FROM interval '5 days 19 hours'))::int) AS next_kiln
    FROM p
)
SELECT lot_id, run_id, sp_cd, grd, thk_mm, wid_mm, len_mm,
       greatest(1, round(vol_m3 * 1e9 / (thk_mm::numeric * wid_mm * len_mm)))::int,
       vol_m3,
       CASE WHEN next_kiln > 181 THEN NULL
            WHEN grd = 'A' THEN next_kiln
            WHEN grd = 'B' AND run_id % 2 = 0 THEN next_kiln
            ELSE NULL END,
       chr((65 + lot_id % 6)::int) || lpad(((lot_id * 7) % 24 + 1)::text, 2, '0'),
       CASE WHEN grd = 'X' THEN CASE WHEN lot_id % 5 = 0 THEN 'W' ELSE 'O' END
            WHEN end_ts < timestamp '2026-06-01 00:00' THEN
                 CASE WHEN lot_id % 17 = 0 THEN 'W' WHEN lot_id % 9 = 0 THEN 'S' ELSE 'O' END
            ELSE CASE WHEN lot_id % 4 = 1 THEN 'R' WHEN lot_id % 5 = 0 THEN 'O' ELSE 'S' END END
FROM q;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id   integer PRIMARY KEY,
    cust_nm   text NOT NULL,
    cust_typ  char(1) NOT NULL,
    city      text NOT NULL,
    cr_lim    numeric(10,2),
    opn_dt    date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers buying lumber';
COMMENT ON COLUMN cust.cust_typ IS 'B = builder / carpenter, D = timber dealer or builders merchant, P = private person, X = export customer';
COMMENT ON COLUMN cust.cr_lim IS 'credit limit, EUR; NULL = prepayment only';
COMMENT ON COLUMN cust.opn_dt IS 'date the customer account was opened';

INSERT INTO cust (cust_id, cust_nm, cust_typ, city, cr_lim, opn_dt) VALUES
    (1,  'Holzhandel Brenner KG',         'D', 'Altenbach', 60000,  '2015-03-02'),
    (2,  'Zimmerei Kofler',               'B', 'Hallberg',  15000,  '2016-05-11'),
    (3,  'Baumarkt Weidetal',             'D', 'Weidetal',  40000,  '2017-01-16'),
    (4,  'Nordic Timber Trading ApS',     'X', 'Aarhus',    80000,  '2019-09-02'),
    (5,  'Dachbau Lenz GmbH',             'B', 'Kronau',    20000,  '2018-04-23'),
    (6,  'Palettenwerk Süd',              'D', 'Oberried',  35000,  '2016-10-03'),
    (7,  'Thomas Reiter',                 'P', 'Hallberg',  NULL,   '2023-06-14'),
    (8,  'Tischlerei Faber',              'B', 'Altenbach', 8000,   '2020-02-10'),
    (9,  'Holland Houtimport BV',         'X', 'Utrecht',   50000,  '2021-03-29'),
    (10, 'Claudia Wegener',               'P', 'Kronau',    NULL,   '2024-05-06'),
    (11, 'Holzbau Steiner & Söhne',       'B', 'Weidetal',  25000,  '2014-08-18'),
    (12, 'Gartenbau Ehrlich',             'B', 'Oberried',  5000,   '2022-03-07'),
    (13, 'Raiffeisen Markt Kronau',       'D', 'Kronau',    30000,  '2015-11-09'),
    (14, 'Peter Schwarzkopf',             'P', 'Altenbach', NULL,   '2024-02-19'),
    (15, 'Alpenholz Export GmbH',         'X', 'Innsbruck', 60000,  '2020-07-20'),
    (16, 'Zimmerei Gruber',               'B', 'Hallberg',  12000,  '2017-09-25'),
    (17, 'Fensterbau Wilhelm',            'B', 'Kronau',    10000,  '2019-01-14'),
    (18, 'Sabine Ott',                    'P', 'Weidetal',  NULL,   '2025-04-01'),
    (19, 'Bauzentrum Hallberg',           'D', 'Hallberg',  45000,  '2016-02-08'),
    (20, 'Markus Albrecht',               'P', 'Oberried',  NULL,   '2025-08-25'),
    (21, 'Treppenbau Keller',             'B', 'Altenbach', 9000,   '2021-11-15'),
    (22, 'Verpackung Hahn GmbH',          'D', 'Weidetal',  20000,  '2018-06-04'),
    (23, 'Blockhaus Nord AB',             'X', 'Jönköping', 40000,  '2022-09-12'),
    (24, 'Ingrid Vossberg',               'P', 'Kronau',    NULL,   '2023-10-30'),
    (25, 'Möbelwerkstatt Jansen',         'B', 'Oberried',  7000,   '2020-12-07'),
    (26, 'Gemeinde Hallberg Bauhof',      'B', 'Hallberg',  10000,  '2019-04-15'),
    (27, 'Holzhof Ammersee',              'D', 'Kronau',    25000,  '2023-01-09'),
    (28, 'Stefan Lindner',                'P', 'Altenbach', NULL,   '2026-03-02'),
    (29, 'Carport-Profi Mertens',         'B', 'Weidetal',  6000,   '2024-11-18'),
    (30, 'Elbe Holzhandel GmbH',          'D', 'Magdeburg', 30000,  '2026-09-14');

-- ---------------------------------------------------------------- cust_ord (customer orders and their delivery)
CREATE TABLE cust_ord (
    ord_id    integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES cust (cust_id),
    ord_dt    date NOT NULL,
    sp_cd     char(2) NOT NULL,
    grd       char(1) NOT NULL,
    vol_m3    numeric(7,3) NOT NULL,
    prc_m3    numeric(7,2) NOT NULL,
    prom_dt   date NOT NULL,
    dlv_dt    date,
    dlv_mode  char(1) NOT NULL,
    ord_st    char(1) NOT NULL
);
COMMENT ON TABLE cust_ord IS 'Customer orders for lumber, one species and grade per order, with the delivery';
COMMENT ON COLUMN cust_ord.sp_cd IS 'species, same codes as log_recv.sp_cd';
COMMENT ON COLUMN cust_ord.grd IS 'grade, same codes as lmbr_lot.grd';
COMMENT ON COLUMN cust_ord.vol_m3 IS 'ordered volume, m3';
COMMENT ON COLUMN cust_ord.prc_m3 IS 'agreed price per m3, EUR excl. VAT';
COMMENT ON COLUMN cust_ord.prom_dt IS 'delivery date promised to the customer';
COMMENT ON COLUMN cust_ord.dlv_dt IS 'date delivered or collected; NULL = not delivered yet (or cancelled)';
COMMENT ON COLUMN cust_ord.dlv_mode IS 'T = our own truck, H = hired haulier, C = customer collects at the yard';
COMMENT ON COLUMN cust_ord.ord_st IS 'O = open, D = delivered, I = delivered and invoiced, X = cancelled';

INSERT INTO cust_ord (ord_id, cust_id, ord_dt, sp_cd, grd, vol_m3, prc_m3, prom_dt, dlv_dt, dlv_mode, ord_st)
WITH b AS (
    SELECT g,
           date '2024-02-01' + (g * 8) / 5 AS ord_dt,
           CASE WHEN g % 2 = 0 THEN (ARRAY[1, 3, 4, 6, 11, 19])[1 + (g / 2) % 6]
                ELSE (ARRAY[2, 5, 7, 8, 9, 12, 13, 14, 15, 16, 17, 18, 21, 22, 23, 24, 25, 26, 27, 29, 1, 3, 6])[1 + (g * 7) % 23] END AS cust_id,
           (ARRAY['SP','SP','PI','SP','LA','PI','OK','SP','BI','PI'])[1 + (g * 3) % 10] AS sp_cd,
           (ARRAY['B','B','A','C','B','A','B','C'])[1 + (g * 5) % 8] AS grd
    FROM generate_series(1, 640) AS g
), c AS (
    SELECT b.*, cu.cust_typ, cu.opn_dt,
           CASE WHEN cu.cust_typ = 'P' THEN 0.5 + ((g * 13) % 12) / 4.0 ELSE 2 + ((g * 13) % 60) / 4.0 END AS vol_m3,
           CASE sp_cd WHEN 'SP' THEN 260 WHEN 'PI' THEN 245 WHEN 'LA' THEN 390 WHEN 'BI' THEN 310 WHEN 'OK' THEN 780 ELSE 200 END
             * CASE grd WHEN 'A' THEN 1.35 WHEN 'B' THEN 1.0 ELSE 0.72 END
             + (g / 160) * 8 + g % 7 AS prc_m3,
           ord_dt + 7 + (g % 3) * 7 AS prom_dt
    FROM b JOIN cust cu ON cu.cust_id = b.cust_id
), d AS (
    SELECT c.*,
           CASE WHEN g % 21 = 0 THEN NULL
                WHEN prom_dt + (g * 5) % 11 - 6 > date '2026-11-30' THEN NULL
                WHEN g % 97 = 0 AND ord_dt > date '2026-09-01' THEN NULL
                ELSE prom_dt + (g * 5) % 11 - 6 END AS dlv_dt
    FROM c
)
SELECT g, CASE WHEN ord_dt < opn_dt THEN 2 ELSE cust_id END, ord_dt, sp_cd, grd, vol_m3, round(prc_m3, 2), prom_dt, dlv_dt,
       CASE WHEN cust_typ = 'P' OR g % 5 = 0 THEN 'C' WHEN cust_typ = 'X' OR g % 7 = 0 THEN 'H' ELSE 'T' END,
       CASE WHEN g % 21 = 0 THEN 'X'
            WHEN dlv_dt IS NULL THEN 'O'
            WHEN dlv_dt >= date '2026-11-01' OR g % 31 = 0 THEN 'D'
            ELSE 'I' END
FROM d;

-- ---------------------------------------------------------------- mach_dt (machine downtime)
CREATE TABLE mach_dt (
    dt_id    integer PRIMARY KEY,
    mach_cd  varchar(3) NOT NULL,
    dt_st    timestamp NOT NULL,
    dt_end   timestamp,
    rsn_cd   char(2) NOT NULL,
    rep_by   text,
    note     text
);
COMMENT ON TABLE mach_dt IS 'Machine stoppages (downtime log) in the saw hall';
COMMENT ON COLUMN mach_dt.mach_cd IS 'BS1 = band saw line 1, BS2 = band saw line 2, FRM = frame saw, EDG = edger, DBK = debarker (same codes as saw_run.mach_cd where they overlap)';
COMMENT ON COLUMN mach_dt.dt_st IS 'when the machine stopped';
COMMENT ON COLUMN mach_dt.dt_end IS 'when it was running again; NULL = still down';
COMMENT ON COLUMN mach_dt.rsn_cd IS 'BD = breakdown, BL = blade / saw change, PM = planned maintenance, PW = power failure, NL = no logs (waiting for material), JM = jam / feed problem';

INSERT INTO mach_dt (dt_id, mach_cd, dt_st, dt_end, rsn_cd, rep_by, note)
WITH b AS (
    SELECT g,
           (ARRAY['BS1', 'BS2', 'BS1', 'FRM', 'BS2', 'EDG', 'BS1', 'DBK', 'BS2'])[1 + (g * 4 + g / 5) % 9] AS mach_cd,
           timestamp '2024-01-04 06:00' + g * interval '4 days 10 hours' + ((g * 7) % 14) * interval '1 hour'
             + ((g * 23) % 60) * interval '1 minute' AS dt_st,
           CASE WHEN g % 7 = 0 THEN 'BD' WHEN g % 9 = 0 THEN 'PM' WHEN g % 11 = 0 THEN 'PW' WHEN g % 13 = 0 THEN 'NL'
                WHEN g % 3 = 0 THEN 'JM' ELSE 'BL' END AS rsn_cd
    FROM generate_series(1, 240) AS g
), d AS (
    SELECT b.*,
           CASE rsn_cd WHEN 'BD' THEN 120 + (g * 37) % 1700
                       WHEN 'PM' THEN 240 + (g * 13) % 240
                       WHEN 'PW' THEN 45 + (g * 11) % 150
                       WHEN 'NL' THEN 180 + (g * 19) % 420
                       WHEN 'JM' THEN 15 + (g * 7) % 90
                       ELSE 25 + (g * 3) % 50 END AS mins
    FROM b
)
SELECT g, mach_cd, dt_st,
       CASE WHEN dt_st + mins * interval '1 minute' > timestamp '2026-11-30 00:00' THEN NULL
            WHEN g = 231 THEN NULL                                               -- waiting for a spare part
            ELSE dt_st + mins * interval '1 minute' END,
       rsn_cd,
       (ARRAY['T. Krämer', 'M. Ostrowski', 'J. Haller', 'S. Brunner', 'D. Petrović', NULL])[1 + (g * 5) % 6],
       CASE rsn_cd WHEN 'BD' THEN (ARRAY['hydraulic hose burst', 'bearing failure', 'carriage drive fault', 'conveyor chain broke'])[1 + g % 4]
                   WHEN 'PW' THEN 'grid outage'
                   WHEN 'NL' THEN 'log yard empty'
                   ELSE NULL END
FROM d;

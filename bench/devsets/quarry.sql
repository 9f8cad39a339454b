-- Made-up schema: an aggregates (crushed limestone) quarry with a legacy site system:
-- benches in the pits, excavators and haul trucks, operators, shifts, blasts, truck loads
-- hauled out of the pits, crusher output by product grade, weighbridge sales tickets to
-- customers and equipment downtime. Data are deterministic (generate_series, md5 hashing and
-- modulo arithmetic, no random()); data cut-off is 2025-11-30. The site is closed from
-- 24 December to 1 January. All timestamps are stored in UTC.
-- Loaded into a fresh database; tables are dropped children first so it can be re-run.

DROP TABLE IF EXISTS eqp_dt;
DROP TABLE IF EXISTS wb_tkt;
DROP TABLE IF EXISTS crsh_out;
DROP TABLE IF EXISTS hl_ld;
DROP TABLE IF EXISTS blst;
DROP TABLE IF EXISTS shft;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS prod;
DROP TABLE IF EXISTS bnch;
DROP TABLE IF EXISTS eqp;
DROP TABLE IF EXISTS oper;

-- ---------------------------------------------------------------- oper (people on site)
CREATE TABLE oper (
    oper_id  integer PRIMARY KEY,
    emp_no   varchar(8) NOT NULL,
    frst_nm  text NOT NULL,
    last_nm  text NOT NULL,
    role_cd  char(3) NOT NULL,
    crew_cd  char(1),
    hire_dt  date NOT NULL,
    term_dt  date
);
COMMENT ON TABLE oper IS 'Operators and site staff';
COMMENT ON COLUMN oper.emp_no IS 'payroll employee number';
COMMENT ON COLUMN oper.role_cd IS 'DRV = haul truck driver, EXO = excavator operator, SUP = shift supervisor, SHF = shotfirer, FIT = plant fitter';
COMMENT ON COLUMN oper.crew_cd IS 'shift crew A, B, C or D; NULL = not on a shift crew (days only)';
COMMENT ON COLUMN oper.term_dt IS 'last day of employment; NULL = still employed';

INSERT INTO oper (oper_id, emp_no, frst_nm, last_nm, role_cd, crew_cd, hire_dt, term_dt)
SELECT g,
       'E' || lpad((1040 + g * 17)::text, 5, '0'),
       (ARRAY['Gary','Dean','Steve','Wayne','Lee','Craig','Paul','Mark','Darren','Shaun','Kevin','Tomasz',
              'Jason','Ryan','Emma','Nathan','Carl','Liam','Piotr','Sarah','Andy','Neil','Jamie','Rob'])[1 + (g * 5) % 24],
       (ARRAY['Bradshaw','Hollins','Slack','Needham','Goodwin','Mellor','Wragg','Bagshaw','Fearn','Kowalski',
              'Critchlow','Swindell','Elliott','Furness','Marsden','Wild','Barber','Nowak','Gregory','Hadfield',
              'Outram','Pidcock','Lomas','Sheldon','Toft','Buckley','Cresswell'])[1 + (g * 7) % 27],
       CASE WHEN g <= 20 OR g BETWEEN 36 AND 39 THEN 'DRV'
            WHEN g <= 28 THEN 'EXO'
            WHEN g <= 32 THEN 'SUP'
            WHEN g <= 34 THEN 'SHF'
            ELSE 'FIT' END,
       CASE WHEN g <= 20 THEN chr(65 + (g - 1) % 4)
            WHEN g <= 28 THEN chr(65 + (g - 21) % 4)
            WHEN g <= 32 THEN chr(65 + (g - 29) % 4)
            WHEN g BETWEEN 36 AND 39 THEN chr(65 + (g - 36) % 4)
            ELSE NULL END,
       CASE WHEN g BETWEEN 17 AND 20 THEN date '2024-04-22'
            WHEN g = 40 THEN date '2025-02-03'
            ELSE date '2009-03-02' + (g * 173) % 5200 END,
       CASE WHEN g BETWEEN 36 AND 39 THEN date '2024-04-30'
            WHEN g = 40 THEN date '2025-06-30'
            ELSE NULL END
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- eqp (mobile plant)
CREATE TABLE eqp (
    eqp_id      integer PRIMARY KEY,
    flt_no      varchar(6) NOT NULL UNIQUE,
    eqp_typ_cd  char(2) NOT NULL,
    make_nm     text NOT NULL,
    mdl_nm      text NOT NULL,
    pyld_t      numeric(5,1),
    comm_dt     date NOT NULL,
    disp_dt     date,
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE eqp IS 'Mobile plant: excavators, haul trucks, loaders, dozer, drill rig';
COMMENT ON COLUMN eqp.flt_no IS 'fleet number painted on the machine';
COMMENT ON COLUMN eqp.eqp_typ_cd IS 'EX = excavator, HT = haul truck, WL = wheel loader, DZ = dozer, DR = drill rig';
COMMENT ON COLUMN eqp.pyld_t IS 'rated payload in tonnes; haul trucks only, NULL for other plant';
COMMENT ON COLUMN eqp.comm_dt IS 'date the machine started work on site';
COMMENT ON COLUMN eqp.disp_dt IS 'date the machine was sold / scrapped; NULL = still owned';
COMMENT ON COLUMN eqp.stat_cd IS 'A = in service, S = spare / standby, D = disposed';

INSERT INTO eqp (eqp_id, flt_no, eqp_typ_cd, make_nm, mdl_nm, pyld_t, comm_dt, disp_dt, stat_cd) VALUES
    (1,  'EX-01', 'EX', 'Caterpillar', '374F',        NULL, '2018-04-09', NULL,         'A'),
    (2,  'EX-02', 'EX', 'Komatsu',     'PC490LC-11',  NULL, '2020-02-17', NULL,         'A'),
    (3,  'EX-03', 'EX', 'Volvo',       'EC480E',      NULL, '2021-06-01', NULL,         'A'),
    (4,  'EX-04', 'EX', 'Liebherr',    'R 956',       NULL, '2012-08-20', '2024-09-30', 'D'),
    (5,  'EX-05', 'EX', 'Caterpillar', '390F',        NULL, '2024-10-01', NULL,         'A'),
    (6,  'HT-01', 'HT', 'Caterpillar', '775G',        64.0, '2017-03-13', NULL,         'A'),
    (7,  'HT-02', 'HT', 'Caterpillar', '775G',        64.0, '2019-05-06', NULL,         'A'),
    (8,  'HT-03', 'HT', 'Caterpillar', '770G',        40.0, '2014-09-01', NULL,         'S'),
    (9,  'HT-04', 'HT', 'Komatsu',     'HD465-8',     55.0, '2020-01-20', NULL,         'A'),
    (10, 'HT-05', 'HT', 'Komatsu',     'HD465-8',     55.0, '2021-03-15', NULL,         'A'),
    (11, 'HT-06', 'HT', 'Volvo',       'A45G',        41.0, '2022-07-04', NULL,         'A'),
    (12, 'HT-07', 'HT', 'Volvo',       'A45G',        41.0, '2022-07-04', NULL,         'A'),
    (13, 'HT-08', 'HT', 'Bell',        'B45E',        41.0, '2013-02-11', '2024-06-30', 'D'),
    (14, 'HT-09', 'HT', 'Bell',        'B50E',        45.0, '2024-07-15', NULL,         'A'),
    (15, 'HT-10', 'HT', 'Caterpillar', '777G',        90.0, '2025-11-17', NULL,         'A'),
    (16, 'WL-01', 'WL', 'Caterpillar', '980M',        NULL, '2019-10-07', NULL,         'A'),
    (17, 'WL-02', 'WL', 'Volvo',       'L220H',       NULL, '2021-01-11', NULL,         'A'),
    (18, 'WL-03', 'WL', 'Doosan',      'DL420-7',     NULL, '2023-05-22', NULL,         'S'),
    (19, 'DZ-01', 'DZ', 'Caterpillar', 'D8T',         NULL, '2016-06-27', NULL,         'A'),
    (20, 'DR-01', 'DR', 'Sandvik',     'DX800',       NULL, '2019-08-12', NULL,         'A');

-- ---------------------------------------------------------------- bnch (working benches in the pits)
CREATE TABLE bnch (
    bnch_id   integer PRIMARY KEY,
    pit_cd    char(2) NOT NULL,
    bnch_cd   varchar(8) NOT NULL UNIQUE,
    toe_rl_m  numeric(6,1) NOT NULL,
    rock_cd   char(2) NOT NULL,
    stat_cd   char(1) NOT NULL,
    opn_dt    date
);
COMMENT ON TABLE bnch IS 'Benches (working levels) in the pits';
COMMENT ON COLUMN bnch.pit_cd IS 'NP = North Pit, SP = South Pit, EX = East Extension (opened March 2025)';
COMMENT ON COLUMN bnch.toe_rl_m IS 'reduced level of the bench floor, metres above ordnance datum';
COMMENT ON COLUMN bnch.rock_cd IS 'LS = limestone, DL = dolomite, OB = overburden (waste)';
COMMENT ON COLUMN bnch.stat_cd IS 'A = active, W = worked out, P = planned (not opened yet)';
COMMENT ON COLUMN bnch.opn_dt IS 'date the bench was opened up; NULL for planned benches';

INSERT INTO bnch (bnch_id, pit_cd, bnch_cd, toe_rl_m, rock_cd, stat_cd, opn_dt) VALUES
    (1,  'NP', 'NP-B1', 212.0, 'OB', 'W', '2016-05-02'),
    (2,  'NP', 'NP-B2', 197.0, 'LS', 'A', '2017-09-18'),
    (3,  'NP', 'NP-B3', 182.0, 'LS', 'A', '2019-04-01'),
    (4,  'NP', 'NP-B4', 167.0, 'LS', 'A', '2021-07-12'),
    (5,  'NP', 'NP-B5', 152.0, 'DL', 'A', '2023-03-06'),
    (6,  'SP', 'SP-B1', 205.5, 'OB', 'A', '2018-02-05'),
    (7,  'SP', 'SP-B2', 190.5, 'LS', 'A', '2018-11-19'),
    (8,  'SP', 'SP-B3', 175.5, 'DL', 'A', '2022-05-23'),
    (9,  'SP', 'SP-B4', 160.5, 'DL', 'P', NULL),
    (10, 'EX', 'EX-B1', 220.0, 'OB', 'A', '2025-03-03'),
    (11, 'EX', 'EX-B2', 205.0, 'LS', 'A', '2025-03-03'),
    (12, 'NP', 'NP-B6', 137.0, 'LS', 'P', NULL);

-- ---------------------------------------------------------------- prod (product grades)
CREATE TABLE prod (
    prod_cd       varchar(6) PRIMARY KEY,
    prod_desc     text NOT NULL,
    sz_rng        varchar(12) NOT NULL,
    list_prc_gbp  numeric(7,2) NOT NULL,
    actv_yn       char(1) NOT NULL
);
COMMENT ON TABLE prod IS 'Saleable product grades made by the crusher';
COMMENT ON COLUMN prod.sz_rng IS 'particle size range';
COMMENT ON COLUMN prod.list_prc_gbp IS 'list (cash) price per tonne, GBP, excluding VAT';
COMMENT ON COLUMN prod.actv_yn IS 'Y = on the price list, N = discontinued';

INSERT INTO prod (prod_cd, prod_desc, sz_rng, list_prc_gbp, actv_yn) VALUES
    ('T1SB', 'Type 1 sub-base', '0-40mm',     14.50, 'Y'),
    ('6F2',  '6F2 capping',     '0-75mm',     11.25, 'Y'),
    ('40MM', '40mm clean',      '20-40mm',    22.00, 'Y'),
    ('20MM', '20mm clean',      '10-20mm',    24.50, 'Y'),
    ('10MM', '10mm clean',      '6-10mm',     26.75, 'Y'),
    ('DUST', 'Quarry dust',     '0-4mm',       9.80, 'Y'),
    ('SCAL', 'Scalpings',       '0-100mm',     7.50, 'Y'),
    ('ARMR', 'Armour stone',    '300-1000mm', 38.00, 'Y'),
    ('RAIL', 'Rail ballast',    '31.5-50mm',  27.00, 'N');

-- ---------------------------------------------------------------- cust (customer accounts)
CREATE TABLE cust (
    cust_id       integer PRIMARY KEY,
    cust_nm       text NOT NULL,
    acct_typ_cd   char(2) NOT NULL,
    town          text,
    crdt_lmt_gbp  numeric(9,2),
    stat_cd       char(1) NOT NULL,
    crt_ts        timestamptz NOT NULL
);
COMMENT ON TABLE cust IS 'Customer accounts at the weighbridge';
COMMENT ON COLUMN cust.acct_typ_cd IS 'CR = credit account, CS = cash customer, IN = internal transfer to our own plant (no charge)';
COMMENT ON COLUMN cust.crdt_lmt_gbp IS 'credit limit, GBP; NULL for cash and internal accounts';
COMMENT ON COLUMN cust.stat_cd IS 'A = active, S = on stop (no further sales until the account is settled), C = closed';
COMMENT ON COLUMN cust.crt_ts IS 'when the account was opened';

INSERT INTO cust (cust_id, cust_nm, acct_typ_cd, town, crdt_lmt_gbp, stat_cd, crt_ts)
SELECT g,
       CASE g WHEN 1 THEN 'Stonecross Asphalt Plant (internal)'
              WHEN 2 THEN 'Stonecross Ready-Mix (internal)'
              ELSE (ARRAY['Hallam','Peak','Derwent','Calder','Wharfe','Pennine','Trent','Dove','Moorland',
                          'Ribble','Aire','Don','Hope Valley','Manifold'])[1 + g % 14] || ' ' ||
                   (ARRAY['Groundworks Ltd','Civils Ltd','Builders Merchants','Surfacing Ltd','Plant Hire',
                          'Construction Ltd','Landscapes','Haulage Ltd','Agricultural Contractors','Homes Ltd'])[1 + (g * 3) % 10]
       END,
       CASE WHEN g <= 2 THEN 'IN' WHEN g % 5 = 0 THEN 'CS' ELSE 'CR' END,
       CASE WHEN g % 17 = 9 THEN NULL
            ELSE (ARRAY['Buxton','Matlock','Bakewell','Chesterfield','Sheffield','Leek','Ashbourne',
                        'Macclesfield','Glossop','Derby'])[1 + (g * 7) % 10] END,
       CASE WHEN g <= 2 OR g % 5 = 0 THEN NULL ELSE 5000 * (1 + g % 8) END,
       CASE WHEN g % 13 = 4 THEN 'S' WHEN g % 19 = 7 THEN 'C' ELSE 'A' END,
       CASE WHEN g <= 50 THEN timestamptz '2012-01-09 10:00:00+00' + (g * 61) * interval '1 day' + (g % 7) * interval '1 hour'
            ELSE timestamptz '2025-02-03 09:30:00+00' + (g - 50) * interval '27 days' END
FROM generate_series(1, 60) AS g;

-- ---------------------------------------------------------------- shft (shifts worked)
CREATE TABLE shft (
    shft_id       integer PRIMARY KEY,
    shft_dt       date NOT NULL,
    shft_cd       char(1) NOT NULL,
    crew_cd       char(1) NOT NULL,
    sprv_oper_id  integer NOT NULL REFERENCES oper (oper_id),
    strt_ts       timestamptz NOT NULL,
    end_ts        timestamptz,
    stat_cd       char(1) NOT NULL
);
COMMENT ON TABLE shft IS 'Production shifts: days Monday-Saturday, nights Monday-Thursday';
COMMENT ON COLUMN shft.shft_dt IS 'date the shift started';
COMMENT ON COLUMN shft.shft_cd IS 'D = day shift 06:00-18:00, N = night shift 18:00-06:00';
COMMENT ON COLUMN shft.sprv_oper_id IS 'shift supervisor';
COMMENT ON COLUMN shft.end_ts IS 'NULL when the shift was called off';
COMMENT ON COLUMN shft.stat_cd IS 'W = worked, X = called off (weather, power cut)';

INSERT INTO shft (shft_id, shft_dt, shft_cd, crew_cd, sprv_oper_id, strt_ts, end_ts, stat_cd)
WITH d AS (
    SELECT dt::date AS dt
    FROM generate_series(date '2024-01-02', date '2025-11-29', interval '1 day') AS dt
    WHERE extract(isodow FROM dt) <= 6
      AND NOT (dt BETWEEN date '2024-12-24' AND date '2025-01-01')
), s AS (
    SELECT dt, 'D' AS shft_cd FROM d
    UNION ALL
    SELECT dt, 'N' FROM d WHERE extract(isodow FROM dt) <= 4
), n AS (
    SELECT s.*, row_number() OVER (ORDER BY dt, shft_cd) AS rn, (dt - date '2024-01-01') / 7 AS wk
    FROM s
), c AS (
    SELECT n.*,
           CASE WHEN shft_cd = 'D' THEN 1 + wk % 2 ELSE 3 + wk % 2 END AS crew_no,
           ((dt + CASE WHEN shft_cd = 'D' THEN time '06:00' ELSE time '18:00' END) AT TIME ZONE 'UTC') AS st,
           CASE WHEN (rn * 31) % 53 = 7 THEN 'X' ELSE 'W' END AS st_cd
    FROM n
)
SELECT rn, dt, shft_cd, chr(64 + crew_no), 28 + crew_no, st,
       CASE WHEN st_cd = 'W' THEN st + interval '12 hours' END,
       st_cd
FROM c;

-- ---------------------------------------------------------------- blst (blasts)
CREATE TABLE blst (
    blst_id        integer PRIMARY KEY,
    bnch_id        integer NOT NULL REFERENCES bnch (bnch_id),
    shtfr_oper_id  integer NOT NULL REFERENCES oper (oper_id),
    plan_dt        date NOT NULL,
    fire_ts        timestamptz,
    hole_cnt       smallint NOT NULL,
    expl_kg        numeric(8,1),
    dsgn_t         integer NOT NULL,
    stat_cd        char(1) NOT NULL
);
COMMENT ON TABLE blst IS 'Blasts (shots) planned and fired on the benches';
COMMENT ON COLUMN blst.shtfr_oper_id IS 'shotfirer in charge';
COMMENT ON COLUMN blst.plan_dt IS 'date the blast was planned for';
COMMENT ON COLUMN blst.fire_ts IS 'when the shot was fired; NULL if it was not fired';
COMMENT ON COLUMN blst.hole_cnt IS 'number of holes drilled and charged';
COMMENT ON COLUMN blst.expl_kg IS 'explosive used, kg; NULL if not fired';
COMMENT ON COLUMN blst.dsgn_t IS 'design tonnage the shot should break';
COMMENT ON COLUMN blst.stat_cd IS 'F = fired, C = cancelled, P = postponed (re-planned as a new blast)';

INSERT INTO blst (blst_id, bnch_id, shtfr_oper_id, plan_dt, fire_ts, hole_cnt, expl_kg, dsgn_t, stat_cd)
WITH d AS (
    SELECT dt::date AS dt, row_number() OVER (ORDER BY dt) AS rn
    FROM generate_series(date '2024-01-02', date '2025-11-27', interval '1 day') AS dt
    WHERE extract(isodow FROM dt) IN (2, 4)
      AND NOT (dt BETWEEN date '2024-12-24' AND date '2025-01-01')
), b AS (
    SELECT d.*,
           CASE WHEN dt < date '2024-07-01' THEN (ARRAY[2,3,7,4,8,5,1,3])[1 + rn % 8]
                WHEN dt < date '2025-03-01' THEN (ARRAY[2,3,7,4,8,5,6,4])[1 + rn % 8]
                ELSE (ARRAY[2,11,7,4,10,8,5,11,3,6])[1 + rn % 10] END AS bnch_id,
           CASE WHEN rn % 23 = 5 THEN 'C' WHEN rn % 31 = 7 THEN 'P' ELSE 'F' END AS st_cd,
           (18 + (rn * 13) % 28) AS holes,
           (96 + (rn * 11) % 45) AS kg_per_hole
    FROM d
)
SELECT rn, bnch_id, 33 + rn % 2, dt,
       CASE WHEN st_cd = 'F' THEN (dt + time '12:30') AT TIME ZONE 'UTC' + ((rn * 7) % 50) * interval '1 minute' END,
       holes,
       CASE WHEN st_cd = 'F' THEN holes * kg_per_hole + (rn % 10) * 0.5 END,
       round(holes * kg_per_hole * (4.2 + (rn % 9) * 0.15))::int,
       st_cd
FROM b;

-- ---------------------------------------------------------------- hl_ld (truck loads hauled out of the pits)
CREATE TABLE hl_ld (
    ld_id       integer PRIMARY KEY,
    shft_id     integer NOT NULL REFERENCES shft (shft_id),
    trk_eqp_id  integer NOT NULL REFERENCES eqp (eqp_id),
    ldr_eqp_id  integer NOT NULL REFERENCES eqp (eqp_id),
    oper_id     integer NOT NULL REFERENCES oper (oper_id),
    bnch_id     integer NOT NULL REFERENCES bnch (bnch_id),
    blst_id     integer,
    ld_ts       timestamptz NOT NULL,
    dmp_ts      timestamptz,
    dest_cd     char(2) NOT NULL,
    net_t       numeric(6,2),
    void_flg    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE hl_ld IS 'Haul truck loads dispatched from the benches';
COMMENT ON COLUMN hl_ld.trk_eqp_id IS 'haul truck that carried the load';
COMMENT ON COLUMN hl_ld.ldr_eqp_id IS 'excavator that loaded the truck';
COMMENT ON COLUMN hl_ld.oper_id IS 'truck driver';
COMMENT ON COLUMN hl_ld.blst_id IS 'blast (blst.blst_id) whose muckpile the load came from; NULL if not recorded';
COMMENT ON COLUMN hl_ld.ld_ts IS 'when the truck was loaded at the face';
COMMENT ON COLUMN hl_ld.dmp_ts IS 'when the truck tipped; NULL if the dispatch system missed it';
COMMENT ON COLUMN hl_ld.dest_cd IS 'CR = primary crusher, SP = run-of-quarry stockpile, WD = waste dump (overburden)';
COMMENT ON COLUMN hl_ld.net_t IS 'tonnes carried, from the truck on-board scale; NULL when the scale was faulty';
COMMENT ON COLUMN hl_ld.void_flg IS 'true = record voided by the dispatcher (entered in error, not a real load)';

INSERT INTO hl_ld (ld_id, shft_id, trk_eqp_id, ldr_eqp_id, oper_id, bnch_id, blst_id, ld_ts, dmp_ts, dest_cd, net_t, void_flg)
WITH sl AS (
    SELECT s.shft_id, s.shft_dt, s.strt_ts, ascii(s.crew_cd) - 65 AS crew_no, k
    FROM shft s
    CROSS JOIN LATERAL generate_series(1, 4 + (s.shft_id * 7) % 5) AS k
    WHERE s.stat_cd = 'W'
), n AS (
    SELECT sl.*, row_number() OVER (ORDER BY shft_id, k) AS ld
    FROM sl
), x AS (
    SELECT n.*, b.blst_id AS src_blst, coalesce(b.bnch_id, 3) AS src_bnch,
           CASE WHEN shft_dt < date '2024-07-01' THEN (ARRAY[6,7,8,9,10,11,12,13,6])[1 + (ld * 7 + shft_id * 3) % 9]
                WHEN shft_dt < date '2025-11-17' THEN (ARRAY[6,7,9,10,11,12,14,6,8])[1 + (ld * 7 + shft_id * 3) % 9]
                ELSE (ARRAY[6,7,9,10,11,12,14,15,8])[1 + (ld * 7 + shft_id * 3) % 9] END AS trk,
           CASE WHEN shft_dt < date '2024-10-01' THEN (ARRAY[1,2,3,4])[1 + (shft_id + k / 3) % 4]
                ELSE (ARRAY[1,2,3,5])[1 + (shft_id + k / 3) % 4] END AS ldr,
           (ld + shft_id) % 5 AS drv_slot
    FROM n
    LEFT JOIN LATERAL (
        SELECT bl.blst_id, bl.bnch_id
        FROM blst bl
        WHERE bl.stat_cd = 'F' AND bl.fire_ts < n.strt_ts
        ORDER BY bl.fire_ts DESC
        OFFSET (n.shft_id + n.k) % 2
        LIMIT 1
    ) b ON true
)
SELECT x.ld, x.shft_id, x.trk, x.ldr,
       CASE WHEN x.drv_slot = 4 AND x.shft_dt < date '2024-05-01' THEN 36 + x.crew_no
            ELSE 1 + x.crew_no + 4 * x.drv_slot END,
       x.src_bnch,
       CASE WHEN x.ld % 37 = 5 THEN NULL ELSE x.src_blst END,
       x.strt_ts + ((x.k - 1) * 95 + 20 + (x.ld * 13) % 35) * interval '1 minute',
       CASE WHEN x.ld % 97 = 3 THEN NULL
            ELSE x.strt_ts + ((x.k - 1) * 95 + 20 + (x.ld * 13) % 35 + 8 + (x.ld * 5) % 14) * interval '1 minute' END,
       CASE WHEN bn.rock_cd = 'OB' THEN 'WD' WHEN (x.ld * 7) % 10 = 3 THEN 'SP' ELSE 'CR' END,
       CASE WHEN x.ld % 53 = 0 THEN NULL
            ELSE round(e.pyld_t * (0.86 + ((x.ld * 37) % 20) / 100.0) + ((x.ld * 3) % 10) / 100.0, 2) END,
       x.ld % 67 = 11
FROM x
JOIN bnch bn ON bn.bnch_id = x.src_bnch
JOIN eqp e ON e.eqp_id = x.trk;

-- ---------------------------------------------------------------- crsh_out (crusher output per shift and grade)
CREATE TABLE crsh_out (
    out_id   integer PRIMARY KEY,
    shft_id  integer NOT NULL,
    prod_cd  varchar(6) NOT NULL REFERENCES prod (prod_cd),
    out_t    numeric(8,1) NOT NULL
);
COMMENT ON TABLE crsh_out IS 'Crusher production per shift and product grade, from the belt weighers';
COMMENT ON COLUMN crsh_out.shft_id IS 'shift (shft.shft_id) the tonnage was produced on';
COMMENT ON COLUMN crsh_out.out_t IS 'tonnes produced; 0 when the belt weigher was out of service';

INSERT INTO crsh_out (out_id, shft_id, prod_cd, out_t)
WITH feed AS (
    SELECT shft_id, sum(net_t) AS t
    FROM hl_ld
    WHERE dest_cd = 'CR' AND NOT void_flg
    GROUP BY shft_id
), p AS (
    SELECT * FROM (VALUES ('T1SB', 0.24, 1), ('6F2', 0.12, 2), ('40MM', 0.14, 3), ('20MM', 0.18, 4),
                          ('10MM', 0.10, 5), ('DUST', 0.14, 6), ('SCAL', 0.06, 7)) AS v (prod_cd, frac, ord)
)
SELECT row_number() OVER (ORDER BY f.shft_id, p.ord), f.shft_id, p.prod_cd,
       CASE WHEN (f.shft_id * 3 + p.ord * 7) % 89 = 0 THEN 0
            ELSE round(f.t * p.frac * (0.93 + ((f.shft_id * p.ord * 13) % 10) / 100.0), 1) END
FROM feed f
CROSS JOIN p
JOIN shft s ON s.shft_id = f.shft_id
WHERE NOT (p.prod_cd = '6F2' AND s.shft_cd = 'N')
  AND NOT (p.prod_cd = '10MM' AND f.shft_id % 3 = 0);

-- ---------------------------------------------------------------- wb_tkt (weighbridge sales tickets)
CREATE TABLE wb_tkt (
    tkt_no      integer PRIMARY KEY,
    tkt_ts      timestamptz NOT NULL,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    prod_cd     varchar(6) NOT NULL REFERENCES prod (prod_cd),
    veh_reg     varchar(10) NOT NULL,
    gross_kg    integer NOT NULL,
    tare_kg     integer NOT NULL,
    net_t       numeric(6,2) NOT NULL,
    prc_gbp_t   numeric(7,2) NOT NULL,
    amt_gbp     numeric(10,2) NOT NULL,
    stat_cd     char(1) NOT NULL
);
COMMENT ON TABLE wb_tkt IS 'Weighbridge tickets: one per customer lorry leaving site loaded';
COMMENT ON COLUMN wb_tkt.tkt_ts IS 'when the lorry crossed the weighbridge outbound';
COMMENT ON COLUMN wb_tkt.veh_reg IS 'customer lorry registration';
COMMENT ON COLUMN wb_tkt.net_t IS 'net tonnes sold = (gross_kg - tare_kg) / 1000';
COMMENT ON COLUMN wb_tkt.prc_gbp_t IS 'price charged per tonne, GBP excl. VAT; 0 for internal transfers';
COMMENT ON COLUMN wb_tkt.amt_gbp IS 'ticket value, GBP excl. VAT';
COMMENT ON COLUMN wb_tkt.stat_cd IS 'C = completed sale, V = voided (entered in error), R = load rejected by the customer and brought back (not charged)';

INSERT INTO wb_tkt (tkt_no, tkt_ts, cust_id, prod_cd, veh_reg, gross_kg, tare_kg, net_t, prc_gbp_t, amt_gbp, stat_cd)
WITH d AS (
    SELECT dt::date AS dt, row_number() OVER (ORDER BY dt) AS di
    FROM generate_series(date '2024-01-02', date '2025-11-29', interval '1 day') AS dt
    WHERE extract(isodow FROM dt) <= 6
      AND NOT (dt BETWEEN date '2024-12-24' AND date '2025-01-01')
), t AS (
    SELECT d.dt, d.di, k
    FROM d
    CROSS JOIN LATERAL generate_series(1,
        CASE WHEN extract(isodow FROM d.dt) = 6 THEN 2 + d.di % 2
             WHEN extract(month FROM d.dt) IN (12, 1, 2) THEN 3 + d.di % 3
             ELSE 6 + (d.di * 7) % 5 END) AS k
), n AS (
    SELECT t.*, row_number() OVER (ORDER BY dt, k) AS rn FROM t
), h AS (
    SELECT n.*,
           ('x' || substr(md5('c' || rn), 1, 7))::bit(28)::int % 1000 AS hc,
           ('x' || substr(md5('p' || rn), 1, 7))::bit(28)::int % 100 AS hp,
           ('x' || substr(md5('w' || rn), 1, 7))::bit(28)::int AS hw,
           ('x' || substr(md5('s' || rn), 1, 7))::bit(28)::int AS hs
    FROM n
), c AS (
    SELECT h.*,
           CASE WHEN hc < 90 THEN 1
                WHEN hc < 120 THEN 2
                ELSE 3 + floor(power((hc - 120) / 880.0, 2) * 50)::int END AS cust_id
    FROM h
), p AS (
    SELECT c.*,
           CASE WHEN cust_id = 1 THEN (ARRAY['10MM','20MM','DUST','20MM','10MM'])[1 + hp % 5]
                WHEN cust_id = 2 THEN (ARRAY['20MM','10MM','DUST'])[1 + hp % 3]
                WHEN hp < 28 THEN 'T1SB' WHEN hp < 46 THEN '20MM' WHEN hp < 58 THEN '6F2'
                WHEN hp < 68 THEN '40MM' WHEN hp < 78 THEN '10MM' WHEN hp < 90 THEN 'DUST'
                ELSE 'SCAL' END AS prod_cd,
           14200 + hw % 2300 AS tare,
           1200 + (hw / 7) % 1700 AS net_10kg
    FROM c
)
SELECT 200000 + p.rn,
       (p.dt + time '06:30') AT TIME ZONE 'UTC' + ((p.k - 1) * 70 + (p.hw / 11) % 60) * interval '1 minute',
       p.cust_id, p.prod_cd,
       (ARRAY['YX','FN','FX','KP','AJ','YC','FE','DK'])[1 + p.hw % 8] || lpad(((p.hw / 8) % 25 + 1)::text, 2, '0')
           || ' ' || chr(65 + (p.hw / 200) % 26) || chr(65 + (p.hw / 5200) % 26) || chr(65 + (p.hw / 135200) % 26),
       p.tare + p.net_10kg * 10,
       p.tare,
       p.net_10kg / 100.0,
       pr.prc,
       round(p.net_10kg / 100.0 * pr.prc, 2),
       CASE WHEN p.hs % 61 = 0 THEN 'V' WHEN p.hs % 211 = 1 THEN 'R' ELSE 'C' END
FROM p
JOIN cust cu ON cu.cust_id = p.cust_id
JOIN prod pd ON pd.prod_cd = p.prod_cd
CROSS JOIN LATERAL (
    SELECT CASE WHEN cu.acct_typ_cd = 'IN' THEN 0::numeric
                WHEN cu.acct_typ_cd = 'CS' THEN round(pd.list_prc_gbp * CASE WHEN p.dt >= date '2025-01-01' THEN 1.04 ELSE 1 END, 2)
                ELSE round(pd.list_prc_gbp * CASE WHEN p.dt >= date '2025-01-01' THEN 1.04 ELSE 1 END, 2) - (cu.cust_id % 4) * 0.50
           END AS prc
) pr;

-- ---------------------------------------------------------------- eqp_dt (equipment downtime events)
CREATE TABLE eqp_dt (
    dt_id         integer PRIMARY KEY,
    eqp_id        integer NOT NULL,
    strt_ts       timestamptz NOT NULL,
    end_ts        timestamptz,
    rsn_cd        char(2) NOT NULL,
    wo_ref        varchar(10),
    rpr_cost_gbp  numeric(9,2)
);
COMMENT ON TABLE eqp_dt IS 'Equipment downtime: periods a machine was out of action';
COMMENT ON COLUMN eqp_dt.eqp_id IS 'machine (eqp.eqp_id) that was down';
COMMENT ON COLUMN eqp_dt.strt_ts IS 'when the machine stopped';
COMMENT ON COLUMN eqp_dt.end_ts IS 'when it was back in service; NULL = still down';
COMMENT ON COLUMN eqp_dt.rsn_cd IS 'BD = breakdown, PM = planned service, TY = tyre change / puncture, WX = weather standby, OP = no operator available';
COMMENT ON COLUMN eqp_dt.wo_ref IS 'workshop job number; NULL when no workshop job was raised';
COMMENT ON COLUMN eqp_dt.rpr_cost_gbp IS 'parts and labour cost, GBP; NULL if not costed yet or no repair';

INSERT INTO eqp_dt (dt_id, eqp_id, strt_ts, end_ts, rsn_cd, wo_ref, rpr_cost_gbp)
WITH g AS (
    SELECT g,
           timestamptz '2024-01-02 07:00:00+00' + g * interval '25 hours 41 minutes' AS st,
           ('x' || substr(md5('e' || g), 1, 7))::bit(28)::int AS he,
           ('x' || substr(md5('r' || g), 1, 7))::bit(28)::int % 100 AS hr,
           ('x' || substr(md5('d' || g), 1, 7))::bit(28)::int AS hd
    FROM generate_series(1, 650) AS g
), e AS (
    SELECT g.*,
           CASE WHEN he % 100 < 58 OR he % 100 >= 93 THEN
                     CASE WHEN st < timestamptz '2024-07-15 00:00:00+00' THEN (ARRAY[6,7,8,9,10,11,12,13])[1 + (he / 100) % 8]
                          ELSE (ARRAY[6,7,8,9,10,11,12,14])[1 + (he / 100) % 8] END
                WHEN he % 100 < 72 THEN
                     CASE WHEN st < timestamptz '2024-10-01 00:00:00+00' THEN (ARRAY[1,2,3,4])[1 + (he / 100) % 4]
                          ELSE (ARRAY[1,2,3,5])[1 + (he / 100) % 4] END
                WHEN he % 100 < 84 THEN 16 + (he / 100) % 3
                WHEN he % 100 < 89 THEN 19
                ELSE 20 END AS eqp_id
    FROM g
), r AS (
    SELECT e.*,
           CASE WHEN hr < 40 THEN 'BD'
                WHEN hr < 72 THEN 'PM'
                WHEN hr < 91 THEN CASE WHEN eqp_id BETWEEN 6 AND 18 THEN 'TY' ELSE 'BD' END
                WHEN hr < 96 THEN 'WX'
                ELSE 'OP' END AS rsn
    FROM e
), dur AS (
    SELECT r.*,
           CASE rsn WHEN 'BD' THEN 2 + hd % 70
                    WHEN 'PM' THEN 4 + hd % 7
                    WHEN 'TY' THEN 1 + hd % 4
                    WHEN 'WX' THEN 3 + hd % 9
                    ELSE 6 + hd % 7 END * interval '1 hour' + ((hd / 100) % 60) * interval '1 minute' AS d
    FROM r
)
SELECT g, eqp_id, st,
       CASE WHEN st + d > timestamptz '2025-11-30 18:00:00+00' THEN NULL
            WHEN rsn = 'BD' AND st >= timestamptz '2025-11-23 00:00:00+00' THEN NULL   -- still in the workshop
            WHEN eqp_id = 4 AND st >= timestamptz '2024-09-01 00:00:00+00' THEN NULL   -- never closed: sold while in for service
            ELSE st + d END,
       rsn,
       CASE WHEN rsn IN ('WX', 'OP') THEN NULL ELSE 'WO' || (24000 + g)::text END,
       CASE WHEN rsn IN ('WX', 'OP') THEN NULL
            WHEN st + d > timestamptz '2025-11-30 18:00:00+00' THEN NULL
            WHEN rsn = 'BD' AND st >= timestamptz '2025-11-23 00:00:00+00' THEN NULL
            WHEN eqp_id = 4 AND st >= timestamptz '2024-09-01 00:00:00+00' THEN NULL
            WHEN hd % 23 = 0 THEN NULL
            WHEN rsn = 'BD' THEN 350 + (hd % 9000) + (hd % 100) / 100.0
            WHEN rsn = 'PM' THEN 600 + (hd % 1400)
            ELSE 180 + (hd % 900) END
FROM dur;

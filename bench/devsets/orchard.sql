-- Made-up schema: a fruit growers' cooperative with its own packhouse (member growers, orchard
-- blocks, varieties, harvest bins, packing-line runs, bin grading, cold-store lots of packed
-- cartons, shipments to buyers, payments to growers, spray diary). Legacy-style names; status
-- codes are explained only in the column comments. Data are deterministic (generate_series and
-- modulo arithmetic, no random()); data cut-off is 2025-11-30; all timestamps are UTC.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS spry_rec;
DROP TABLE IF EXISTS grwr_pmt;
DROP TABLE IF EXISTS shpmt;
DROP TABLE IF EXISTS cs_lot;
DROP TABLE IF EXISTS grd_rslt;
DROP TABLE IF EXISTS hvst_bin;
DROP TABLE IF EXISTS pk_run;
DROP TABLE IF EXISTS buyr;
DROP TABLE IF EXISTS blk;
DROP TABLE IF EXISTS vrty;
DROP TABLE IF EXISTS grwr;

-- ---------------------------------------------------------------- grwr (member growers)
CREATE TABLE grwr (
    grwr_id         integer PRIMARY KEY,
    grwr_nm         text NOT NULL,
    cntct_nm        text,
    rgn_cd          char(2) NOT NULL,
    mbr_since_dt    date NOT NULL,
    stat_cd         char(1) NOT NULL DEFAULT 'A',
    org_cert_flg    boolean NOT NULL DEFAULT false,
    email           text,
    bank_acct_last4 char(4)
);
COMMENT ON TABLE grwr IS 'Member growers of the cooperative, one row per grower business';
COMMENT ON COLUMN grwr.rgn_cd IS 'YK = Yakima Valley, WN = Wenatchee, OK = Okanogan, CB = Columbia Basin';
COMMENT ON COLUMN grwr.stat_cd IS 'A = active member, S = suspended (unpaid dues or compliance), R = resigned / retired';
COMMENT ON COLUMN grwr.org_cert_flg IS 'true = grower holds organic certification';

INSERT INTO grwr (grwr_id, grwr_nm, cntct_nm, rgn_cd, mbr_since_dt, stat_cd, org_cert_flg, email, bank_acct_last4)
SELECT g,
       sn || ' ' || (ARRAY['Orchards','Ranch','Fruit Co.','Farms','Family Orchards','Hillside Fruit'])[1 + g % 6],
       (ARRAY['Ana','Bill','Carmen','Dave','Elena','Frank','Gloria','Hector','Ingrid','Jim','Karen','Luis'])[1 + (g * 5) % 12] || ' ' || sn,
       (ARRAY['YK','WN','OK','CB'])[1 + (g * 3) % 4],
       date '1985-03-01' + (g * 2917) % 13500,
       CASE WHEN g % 13 = 0 THEN 'R' WHEN g % 17 = 0 THEN 'S' ELSE 'A' END,
       g % 5 = 0,
       CASE WHEN g % 9 = 0 THEN NULL ELSE 'office@' || lower(sn) || 'fruit.example.com' END,
       lpad(((g * 7919) % 10000)::text, 4, '0')
FROM (
    SELECT g, (ARRAY['Alvarez','Brandt','Castillo','Dahl','Eriksen','Fujimoto','Gallagher','Hernandez','Ibsen','Jensen',
                     'Kowalski','Lindqvist','Mendoza','Nakamura','Olsen','Petrov','Quintana','Rasmussen','Sandoval','Thorsen',
                     'Ulrich','Valdez','Weber','Yamada','Zamora','Beckstrom','Carlsen','Delgado','Engstrom','Fischer',
                     'Gutierrez','Haugen','Iverson','Jacobsen','Kessler','Larsen','Morales','Nyberg','Ortega','Pedersen'])[g] AS sn
    FROM generate_series(1, 40) AS g
) s;

-- ---------------------------------------------------------------- vrty (varieties)
CREATE TABLE vrty (
    vrty_cd   char(3) PRIMARY KEY,
    vrty_nm   text NOT NULL,
    crop_typ  char(1) NOT NULL,
    club_flg  boolean NOT NULL DEFAULT false,
    ctn_wt_kg numeric(5,2) NOT NULL
);
COMMENT ON TABLE vrty IS 'Fruit varieties handled by the packhouse';
COMMENT ON COLUMN vrty.crop_typ IS 'A = apple, P = pear, C = sweet cherry';
COMMENT ON COLUMN vrty.club_flg IS 'true = managed (club) variety, licence fee charged per bin';
COMMENT ON COLUMN vrty.ctn_wt_kg IS 'net weight of one standard packed carton, kg';

INSERT INTO vrty (vrty_cd, vrty_nm, crop_typ, club_flg, ctn_wt_kg) VALUES
    ('GAL', 'Gala',          'A', false, 18.14),
    ('HCR', 'Honeycrisp',    'A', false, 18.14),
    ('FUJ', 'Fuji',          'A', false, 18.14),
    ('GRS', 'Granny Smith',  'A', false, 18.14),
    ('RDL', 'Red Delicious', 'A', false, 18.14),
    ('CSC', 'Cosmic Crisp',  'A', true,  18.14),
    ('CPK', 'Cripps Pink',   'A', true,  18.14),
    ('BRT', 'Bartlett',      'P', false, 19.96),
    ('DAN', 'd''Anjou',      'P', false, 19.96),
    ('BNG', 'Bing',          'C', false,  9.07),
    ('RNR', 'Rainier',       'C', false,  9.07);

-- ---------------------------------------------------------------- blk (orchard blocks)
CREATE TABLE blk (
    blk_id    integer PRIMARY KEY,
    grwr_id   integer NOT NULL REFERENCES grwr (grwr_id),
    blk_cd    varchar(8) NOT NULL,
    vrty_cd   char(3) NOT NULL REFERENCES vrty (vrty_cd),
    area_ha   numeric(5,2) NOT NULL,
    plant_yr  smallint,
    rtstk     varchar(10),
    irrig_typ char(1),
    actv_flg  boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE blk IS 'Orchard blocks (plots) registered by member growers; one variety per block';
COMMENT ON COLUMN blk.blk_cd IS 'the grower''s own name for the block, not unique across growers';
COMMENT ON COLUMN blk.area_ha IS 'planted area, hectares';
COMMENT ON COLUMN blk.rtstk IS 'rootstock';
COMMENT ON COLUMN blk.irrig_typ IS 'D = drip, S = sprinkler (overhead or under-tree), F = flood / rill; NULL = not recorded';
COMMENT ON COLUMN blk.actv_flg IS 'false = block pulled out, no longer in production';

INSERT INTO blk (blk_id, grwr_id, blk_cd, vrty_cd, area_ha, plant_yr, rtstk, irrig_typ, actv_flg)
SELECT g, grwr_id, blk_cd, vrty_cd, area_ha, plant_yr,
       CASE v.crop_typ WHEN 'P' THEN 'OHxF87' WHEN 'C' THEN (ARRAY['Gisela 6','Gisela 12','Mazzard'])[1 + g % 3]
            ELSE (ARRAY['M9','G41','G935','M26','B9','MM111'])[1 + (g * 7) % 6] END,
       CASE WHEN g % 29 = 0 THEN NULL ELSE (ARRAY['D','D','S','F','D','S'])[1 + g % 6] END,
       g % 23 <> 0
FROM (
    SELECT g,
           CASE WHEN g <= 120 THEN 1 + (g - 1) % 40 ELSE 1 + (g * 7) % 15 END AS grwr_id,
           (ARRAY['N','S','E','W','H','R'])[1 + g % 6] || '-' || lpad(((g * 7) % 30 + 1)::text, 2, '0') AS blk_cd,
           (ARRAY['GAL','HCR','FUJ','GAL','GRS','HCR','CSC','RDL','CPK','FUJ','BRT','DAN','BNG','RNR','GAL','HCR','CSC'])[1 + (g * 5) % 17] AS vrty_cd,
           round(0.6 + ((g * 37) % 55) / 10.0, 2) AS area_ha,
           (1992 + (g * 11) % 31)::smallint AS plant_yr
    FROM generate_series(1, 160) AS g
) s
JOIN vrty v USING (vrty_cd);

-- ---------------------------------------------------------------- buyr (customers)
CREATE TABLE buyr (
    buyr_id        integer PRIMARY KEY,
    buyr_nm        text NOT NULL,
    cntry_cd       char(2) NOT NULL,
    chan_cd        char(1) NOT NULL,
    pay_terms_days smallint NOT NULL,
    cr_lmt_usd     numeric(12,2),
    actv_flg       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE buyr IS 'Buyers of packed fruit';
COMMENT ON COLUMN buyr.cntry_cd IS 'ISO country code of the buyer';
COMMENT ON COLUMN buyr.chan_cd IS 'R = retail chain, W = wholesaler / terminal market, X = export importer, F = foodservice, P = processor (juice, cider)';
COMMENT ON COLUMN buyr.cr_lmt_usd IS 'credit limit, USD';

INSERT INTO buyr (buyr_id, buyr_nm, cntry_cd, chan_cd, pay_terms_days, cr_lmt_usd, actv_flg) VALUES
    (1,  'FreshWay Markets',             'US', 'R', 30, 500000, true),
    (2,  'Pacific Grocers Co-op',        'US', 'R', 30, 350000, true),
    (3,  'Northgate Foods',              'US', 'R', 45, 400000, true),
    (4,  'Sunvale Supermarkets',         'US', 'R', 30, 300000, true),
    (5,  'Bayline Produce Terminal',     'US', 'W', 21, 250000, true),
    (6,  'Great Plains Produce',         'US', 'W', 21, 150000, true),
    (7,  'Lone Star Fruit Distributors', 'US', 'W', 30, 200000, true),
    (8,  'Harbor Foodservice',           'US', 'F', 30, 120000, true),
    (9,  'Maple Leaf Produce',           'CA', 'W', 30, 200000, true),
    (10, 'Toronto Fresh Imports',        'CA', 'R', 45, 250000, true),
    (11, 'Frutas del Norte',             'MX', 'X', 60, 180000, true),
    (12, 'Taipei Orchard Trading',       'TW', 'X', 60, 300000, true),
    (13, 'Formosa Fresh',                'TW', 'X', 45, 220000, true),
    (14, 'Saigon Fruit House',           'VN', 'X', 60, 150000, true),
    (15, 'Mekong Imports',               'VN', 'X', 60, 100000, true),
    (16, 'Gulf Fresh Trading LLC',       'AE', 'X', 45, 200000, true),
    (17, 'Mumbai Apple Traders',         'IN', 'X', 60, 150000, true),
    (18, 'Valley Juice Works',           'US', 'P', 15,  80000, true),
    (19, 'CiderCraft Northwest',         'US', 'P', 15,  50000, true),
    (20, 'Evergreen School Foods',       'US', 'F', 30,  60000, false),
    (21, 'Rocky Mountain Grocers',       'US', 'R', 30, 200000, true),
    (22, 'Aurora Fresh Ltd',             'GB', 'X', 45, 150000, true),
    (23, 'Kowloon Fruit Importers',      'HK', 'X', 45, 180000, true),
    (24, 'Midwest Terminal Market',      'US', 'W', 21, 120000, false),
    (25, 'Cascadia Fresh Box',           'US', 'R', 30,  40000, true);

-- ---------------------------------------------------------------- pk_run (packing-line runs)
CREATE TABLE pk_run (
    run_id    integer PRIMARY KEY,
    run_dt    date NOT NULL,
    line_no   smallint NOT NULL,
    vrty_cd   char(3) NOT NULL REFERENCES vrty (vrty_cd),
    shift_cd  char(1) NOT NULL,
    start_ts  timestamptz NOT NULL,
    end_ts    timestamptz,
    run_stat  char(1) NOT NULL,
    dwntm_min integer NOT NULL DEFAULT 0,
    supv_init varchar(3)
);
COMMENT ON TABLE pk_run IS 'Packhouse line runs: one variety tipped and packed on one line on one day';
COMMENT ON COLUMN pk_run.shift_cd IS 'D = day shift, N = night shift';
COMMENT ON COLUMN pk_run.end_ts IS 'NULL while the line is still running';
COMMENT ON COLUMN pk_run.run_stat IS 'C = completed, A = aborted (stopped early: breakdown, fruit problem), O = open / still running';
COMMENT ON COLUMN pk_run.dwntm_min IS 'unplanned line downtime during the run, minutes';

-- ---------------------------------------------------------------- hvst_bin (harvest bins)
CREATE TABLE hvst_bin (
    bin_id      integer PRIMARY KEY,
    tkt_no      varchar(12) NOT NULL,
    blk_id      integer NOT NULL REFERENCES blk (blk_id),
    pick_dt     date NOT NULL,
    pick_no     smallint NOT NULL DEFAULT 1,
    crew_cd     varchar(4),
    rcv_ts      timestamptz,
    gross_wt_kg numeric(7,1),
    tare_wt_kg  numeric(5,1) NOT NULL DEFAULT 32.0,
    bin_stat    char(1) NOT NULL,
    tip_dt      date,
    run_id      integer REFERENCES pk_run (run_id)
);
COMMENT ON TABLE hvst_bin IS 'Field bins of picked fruit, one row per bin ticket';
COMMENT ON COLUMN hvst_bin.pick_no IS '1 = first pick of the block, 2 = second (later) pick';
COMMENT ON COLUMN hvst_bin.rcv_ts IS 'when the bin was weighed in at the packhouse; NULL = not received';
COMMENT ON COLUMN hvst_bin.gross_wt_kg IS 'weight at receiving including the empty bin, kg; NULL until received';
COMMENT ON COLUMN hvst_bin.tare_wt_kg IS 'weight of the empty bin, kg (plastic 32.0, wooden 45.5)';
COMMENT ON COLUMN hvst_bin.bin_stat IS 'N = picked, not received yet; R = received, in storage waiting to be packed; K = tipped on a packing run; J = diverted to juice (failed grading); X = ticket voided';
COMMENT ON COLUMN hvst_bin.tip_dt IS 'date the bin was tipped onto the packing line; NULL = not packed yet';

INSERT INTO hvst_bin (bin_id, tkt_no, blk_id, pick_dt, pick_no, crew_cd, rcv_ts, gross_wt_kg, tare_wt_kg, bin_stat, tip_dt, run_id)
WITH b0 AS (
    SELECT g, 2023 + (g - 1) / 2000 AS season, 1 + (g * 37) % 160 AS blk0
    FROM generate_series(1, 6000) AS g
), b1 AS (
    SELECT b0.*, CASE WHEN NOT k.actv_flg AND b0.season > 2023 THEN k.blk_id + 1 ELSE k.blk_id END AS blk_id
    FROM b0 JOIN blk k ON k.blk_id = b0.blk0
), b2 AS (
    SELECT b1.*, k.vrty_cd, v.crop_typ, (b1.g * 7) % 10 AS pk_seq, (b1.g * 11) % 100 AS q
    FROM b1 JOIN blk k ON k.blk_id = b1.blk_id JOIN vrty v ON v.vrty_cd = k.vrty_cd
), b3 AS (
    SELECT b2.*,
           CASE WHEN crop_typ = 'C' THEN make_date(season, 6, 12) + pk_seq * 4
                WHEN crop_typ = 'P' THEN make_date(season, 8, 28) + pk_seq * 12
                WHEN season = 2025 AND pk_seq = 3 AND vrty_cd = 'HCR' THEN date '2025-11-30'
                ELSE make_date(season, 10, 12) + pk_seq * 18 END AS plan_tip_dt
    FROM b2
), b4 AS (
    SELECT b3.*,
           CASE WHEN crop_typ = 'C' THEN plan_tip_dt - 1 - (g % 2)
                WHEN crop_typ = 'P' THEN make_date(season, 8, 6) + (g % 22)
                ELSE make_date(season, 8, 22) + (g % 29) + CASE WHEN vrty_cd IN ('FUJ','CPK','GRS') THEN 21 ELSE 0 END
                END AS pick_dt,
           CASE WHEN g % 67 = 0 THEN 'X'
                WHEN season = 2025 AND g % 89 = 0 THEN 'N'
                WHEN q < 7 AND g % 43 <> 0 THEN 'J'
                WHEN season = 2025 AND q BETWEEN 7 AND 9 AND g % 43 <> 0 THEN 'R'      -- on QC hold
                WHEN plan_tip_dt <= date '2025-11-30' THEN 'K'
                ELSE 'R' END AS bin_stat
    FROM b3
)
SELECT g,
       to_char(season % 100, 'FM00') || '-' || lpad(g::text, 6, '0'),
       blk_id, pick_dt,
       1 + (g % 7) / 4,
       'C' || lpad((1 + (g * 3) % 18)::text, 2, '0'),
       CASE WHEN bin_stat IN ('X','N') THEN NULL
            ELSE (pick_dt::timestamp AT TIME ZONE 'UTC') + interval '13 hours' + (g % 9) * interval '1 hour' + ((g * 7) % 60) * interval '1 minute' END,
       CASE WHEN bin_stat IN ('X','N') THEN NULL
            ELSE CASE crop_typ WHEN 'C' THEN 180 + (g * 13) % 40 WHEN 'P' THEN 360 + (g * 13) % 60 ELSE 380 + (g * 13) % 70 END
                 + CASE WHEN g % 5 = 0 THEN 45.5 ELSE 32.0 END + (g % 10) / 10.0 END,
       CASE WHEN g % 5 = 0 THEN 45.5 ELSE 32.0 END,
       bin_stat,
       CASE WHEN bin_stat = 'K' THEN plan_tip_dt END,
       NULL::integer
FROM b4;

INSERT INTO pk_run (run_id, run_dt, line_no, vrty_cd, shift_cd, start_ts, end_ts, run_stat, dwntm_min, supv_init)
WITH r AS (
    SELECT k.vrty_cd, v.crop_typ, b.tip_dt, count(*) AS n_bins
    FROM hvst_bin b JOIN blk k ON k.blk_id = b.blk_id JOIN vrty v ON v.vrty_cd = k.vrty_cd
    WHERE b.tip_dt IS NOT NULL
    GROUP BY k.vrty_cd, v.crop_typ, b.tip_dt
), n AS (
    SELECT r.*, row_number() OVER (ORDER BY tip_dt, vrty_cd) AS rn FROM r
), t AS (
    SELECT n.*,
           CASE WHEN rn % 4 = 0 THEN 'N' ELSE 'D' END AS shift_cd,
           CASE WHEN tip_dt = date '2025-11-30' THEN 'O' WHEN rn % 31 = 0 THEN 'A' ELSE 'C' END AS run_stat,
           (rn * 17) % 45 + CASE WHEN rn % 31 = 0 THEN 95 ELSE 0 END AS dwntm_min
    FROM n
)
SELECT rn, tip_dt,
       CASE WHEN crop_typ = 'C' THEN 3 WHEN crop_typ = 'P' THEN 2 ELSE 1 + rn % 2 END,
       vrty_cd, shift_cd,
       (tip_dt::timestamp AT TIME ZONE 'UTC') + CASE shift_cd WHEN 'N' THEN interval '18 hours' ELSE interval '6 hours' END
           + (rn % 4) * interval '10 minutes',
       CASE WHEN run_stat = 'O' THEN NULL
            ELSE (tip_dt::timestamp AT TIME ZONE 'UTC') + CASE shift_cd WHEN 'N' THEN interval '18 hours' ELSE interval '6 hours' END
                 + (rn % 4) * interval '10 minutes'
                 + (n_bins * CASE WHEN run_stat = 'A' THEN 4 ELSE 9 END + 35 + dwntm_min) * interval '1 minute' END,
       run_stat, dwntm_min,
       (ARRAY['JM','RT','KL','DP','SV'])[1 + rn % 5]
FROM t;

UPDATE hvst_bin b SET run_id = r.run_id
FROM blk k, pk_run r
WHERE k.blk_id = b.blk_id AND r.vrty_cd = k.vrty_cd AND r.run_dt = b.tip_dt;

-- ---------------------------------------------------------------- grd_rslt (bin grading / QC samples)
CREATE TABLE grd_rslt (
    grd_id    integer PRIMARY KEY,
    bin_id    integer NOT NULL REFERENCES hvst_bin (bin_id),
    smpl_ts   timestamptz NOT NULL,
    grdr_init varchar(3),
    grd_cd    char(1) NOT NULL,
    xf_pct    numeric(5,1),
    fcy_pct   numeric(5,1),
    cull_pct  numeric(5,1),
    prsr_lb   numeric(4,1),
    brix_pct  numeric(4,1),
    dfct_cd   varchar(2)
);
COMMENT ON TABLE grd_rslt IS 'QC grading of a sample drawn from each received bin (a few bins were never sampled)';
COMMENT ON COLUMN grd_rslt.grd_cd IS 'P = passed for packing, F = failed (bin sent to juice), H = on hold pending re-sample';
COMMENT ON COLUMN grd_rslt.xf_pct IS 'share of the sample meeting Extra Fancy grade, percent';
COMMENT ON COLUMN grd_rslt.fcy_pct IS 'share of the sample meeting Fancy grade, percent';
COMMENT ON COLUMN grd_rslt.cull_pct IS 'share of the sample culled, percent';
COMMENT ON COLUMN grd_rslt.prsr_lb IS 'average flesh firmness (pressure test), pounds-force; NULL for cherries';
COMMENT ON COLUMN grd_rslt.brix_pct IS 'soluble solids (sugar), degrees Brix';
COMMENT ON COLUMN grd_rslt.dfct_cd IS 'main defect found: BR = bruising, SB = sunburn, BP = bitter pit, SC = scab, CM = codling moth / insect, RS = russet; NULL = none';

INSERT INTO grd_rslt (grd_id, bin_id, smpl_ts, grdr_init, grd_cd, xf_pct, fcy_pct, cull_pct, prsr_lb, brix_pct, dfct_cd)
WITH s AS (
    SELECT b.bin_id, b.rcv_ts, v.crop_typ, (b.bin_id * 11) % 100 AS q,
           CASE WHEN (b.bin_id * 11) % 100 < 7 THEN 'F'
                WHEN extract(year FROM b.pick_dt) = 2025 AND (b.bin_id * 11) % 100 BETWEEN 7 AND 9 THEN 'H'
                ELSE 'P' END AS grd_cd
    FROM hvst_bin b JOIN blk k ON k.blk_id = b.blk_id JOIN vrty v ON v.vrty_cd = k.vrty_cd
    WHERE b.rcv_ts IS NOT NULL AND b.bin_id % 43 <> 0
), c AS (
    SELECT s.*,
           CASE grd_cd WHEN 'F' THEN 35 + q * 3 WHEN 'H' THEN 18 + q ELSE 2 + (bin_id * 3) % 12 END AS cull,
           CASE grd_cd WHEN 'F' THEN 20 + q WHEN 'H' THEN 40 + q ELSE 55 + (bin_id * 7) % 30 END AS xf
    FROM s
)
SELECT row_number() OVER (ORDER BY bin_id), bin_id,
       rcv_ts + (1 + bin_id % 5) * interval '1 hour' + ((bin_id * 13) % 50) * interval '1 minute',
       (ARRAY['MO','TK','AB','LR'])[1 + bin_id % 4],
       grd_cd, xf, 100 - xf - cull, cull,
       CASE crop_typ WHEN 'C' THEN NULL WHEN 'P' THEN 13.0 + ((bin_id * 3) % 40) / 10.0 ELSE 14.0 + ((bin_id * 3) % 60) / 10.0 END,
       CASE crop_typ WHEN 'C' THEN 17.0 + ((bin_id * 7) % 50) / 10.0 WHEN 'P' THEN 12.0 + ((bin_id * 7) % 30) / 10.0
            ELSE 11.5 + ((bin_id * 7) % 50) / 10.0 END,
       CASE grd_cd WHEN 'F' THEN (ARRAY['BR','SB','BP','SC','CM'])[1 + bin_id % 5]
                   WHEN 'H' THEN 'BP'
                   ELSE CASE WHEN bin_id % 6 = 0 THEN (ARRAY['BR','SB','RS'])[1 + bin_id % 3] END END
FROM c;

-- ---------------------------------------------------------------- cs_lot (cold-store lots of packed cartons)
CREATE TABLE cs_lot (
    lot_no    varchar(10) PRIMARY KEY,
    run_id    integer NOT NULL,
    grd_cls   varchar(2) NOT NULL,
    pack_styl varchar(3) NOT NULL,
    rm_cd     varchar(4) NOT NULL,
    stor_typ  varchar(2) NOT NULL,
    ctn_qty   integer NOT NULL,
    net_wt_kg numeric(9,1) NOT NULL,
    in_ts     timestamptz NOT NULL,
    out_ts    timestamptz,
    hold_flg  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cs_lot IS 'Lots of packed cartons put into cold storage; run_id points at pk_run but is not enforced (keyed in by the cold-store system)';
COMMENT ON COLUMN cs_lot.run_id IS 'packing run the cartons came off (pk_run.run_id)';
COMMENT ON COLUMN cs_lot.grd_cls IS 'XF = Extra Fancy, FC = Fancy';
COMMENT ON COLUMN cs_lot.pack_styl IS 'TRY = tray pack carton, BAG = poly bags in carton, CLM = clamshells (cherries)';
COMMENT ON COLUMN cs_lot.stor_typ IS 'CA = controlled-atmosphere room, RA = regular-air cold room, DC = dock cooler (short stay)';
COMMENT ON COLUMN cs_lot.ctn_qty IS 'number of cartons in the lot';
COMMENT ON COLUMN cs_lot.in_ts IS 'when the lot went into the room';
COMMENT ON COLUMN cs_lot.out_ts IS 'when the last of the lot left the building; NULL = still (at least partly) in store';
COMMENT ON COLUMN cs_lot.hold_flg IS 'true = on QA hold, may not be shipped';

INSERT INTO cs_lot (lot_no, run_id, grd_cls, pack_styl, rm_cd, stor_typ, ctn_qty, net_wt_kg, in_ts, out_ts, hold_flg)
WITH r AS (
    SELECT r.run_id, r.run_dt, r.end_ts, r.run_stat, v.crop_typ, v.ctn_wt_kg,
           sum(b.gross_wt_kg - b.tare_wt_kg) AS net_kg
    FROM pk_run r
    JOIN vrty v ON v.vrty_cd = r.vrty_cd
    JOIN hvst_bin b ON b.run_id = r.run_id
    WHERE r.end_ts IS NOT NULL
    GROUP BY r.run_id, r.run_dt, r.end_ts, r.run_stat, v.crop_typ, v.ctn_wt_kg
), l AS (
    SELECT r.*, gc.grd_cls, gc.shr, row_number() OVER (ORDER BY r.run_id, gc.ord) AS rn
    FROM r CROSS JOIN (VALUES ('XF', 0.56, 1), ('FC', 0.31, 2)) AS gc (grd_cls, shr, ord)
), m AS (
    SELECT l.*,
           floor(net_kg * shr * CASE WHEN run_stat = 'A' THEN 0.45 ELSE 1 END / ctn_wt_kg)::int AS ctn,
           CASE WHEN crop_typ = 'C' THEN 'DC' WHEN crop_typ = 'A' AND grd_cls = 'XF' THEN 'CA' ELSE 'RA' END AS stor_typ
    FROM l
)
SELECT 'L' || to_char(run_dt, 'YY') || '-' || lpad(rn::text, 4, '0'),
       run_id, grd_cls,
       CASE WHEN crop_typ = 'C' THEN 'CLM' WHEN grd_cls = 'XF' THEN 'TRY' WHEN rn % 3 = 0 THEN 'BAG' ELSE 'TRY' END,
       CASE stor_typ WHEN 'DC' THEN 'DC1' WHEN 'CA' THEN 'C0' || (1 + rn % 6)::text ELSE 'R0' || (1 + rn % 3)::text END,
       stor_typ, ctn, ctn * ctn_wt_kg,
       end_ts + interval '40 minutes',
       NULL,
       rn % 19 = 0
FROM m;

-- ---------------------------------------------------------------- shpmt (shipments / truck loads)
CREATE TABLE shpmt (
    shp_id          integer PRIMARY KEY,
    bol_no          varchar(12) NOT NULL,
    lot_no          varchar(10) NOT NULL REFERENCES cs_lot (lot_no),
    buyr_id         integer NOT NULL REFERENCES buyr (buyr_id),
    ship_dt         date NOT NULL,
    dprt_ts         timestamptz,
    dlvr_ts         timestamptz,
    ctn_qty         integer NOT NULL,
    prc_per_ctn_usd numeric(7,2) NOT NULL,
    inv_amt_usd     numeric(12,2) NOT NULL,
    frt_usd         numeric(9,2),
    shp_stat        char(1) NOT NULL
);
COMMENT ON TABLE shpmt IS 'Loads shipped (or booked) to buyers; a lot may go out in more than one load';
COMMENT ON COLUMN shpmt.bol_no IS 'bill of lading number';
COMMENT ON COLUMN shpmt.ship_dt IS 'planned or actual loading date';
COMMENT ON COLUMN shpmt.dprt_ts IS 'when the truck / container left the packhouse; NULL = not departed';
COMMENT ON COLUMN shpmt.dlvr_ts IS 'arrival at the buyer; NULL = not arrived (yet)';
COMMENT ON COLUMN shpmt.prc_per_ctn_usd IS 'agreed FOB price per carton, USD';
COMMENT ON COLUMN shpmt.inv_amt_usd IS 'invoice value, USD (cartons x price); filled in at booking, not cleared on cancellation';
COMMENT ON COLUMN shpmt.frt_usd IS 'freight cost paid by the cooperative, USD';
COMMENT ON COLUMN shpmt.shp_stat IS 'B = booked, not loaded yet; S = shipped, in transit; D = delivered; R = rejected by the buyer on arrival; X = cancelled';

INSERT INTO shpmt (shp_id, bol_no, lot_no, buyr_id, ship_dt, dprt_ts, dlvr_ts, ctn_qty, prc_per_ctn_usd, inv_amt_usd, frt_usd, shp_stat)
WITH l AS (
    SELECT l.*, r.vrty_cd, v.crop_typ,
           row_number() OVER (ORDER BY l.lot_no) AS lrn
    FROM cs_lot l JOIN pk_run r ON r.run_id = l.run_id JOIN vrty v ON v.vrty_cd = r.vrty_cd
    WHERE NOT l.hold_flg
), l2 AS (
    SELECT l.*,
           (l.in_ts AT TIME ZONE 'UTC')::date
             + (CASE crop_typ WHEN 'C' THEN 1 + lrn % 3 WHEN 'P' THEN 5 + (lrn * 7) % 25 ELSE 7 + (lrn * 13) % 60 END)::int AS base_ship_dt
    FROM l
), p AS (
    SELECT l2.*, part.k,
           base_ship_dt + (part.k - 1) * 4 AS ship_dt,
           CASE WHEN lrn % 3 = 0 THEN CASE part.k WHEN 1 THEN ceil(ctn_qty * 0.6)::int ELSE ctn_qty - ceil(ctn_qty * 0.6)::int END
                ELSE ctn_qty END AS ctn
    FROM l2 CROSS JOIN generate_series(1, 2) AS part (k)
    WHERE (part.k = 1 OR l2.lrn % 3 = 0) AND l2.base_ship_dt <= date '2025-12-06'
), q AS (
    SELECT p.*, row_number() OVER (ORDER BY ship_dt, lot_no, k) AS srn FROM p
), b AS (
    SELECT q.*,
           CASE WHEN grd_cls = 'XF' AND ship_dt >= date '2025-03-01' THEN (ARRAY[1,2,3,4,10,12,13,14,16,1,21,12,23,11,15,1,2,21])[1 + (srn * 7) % 18]
                WHEN grd_cls = 'XF' THEN (ARRAY[1,2,3,4,10,12,13,14,16,17,21,22,23,11,15,1,2,21])[1 + (srn * 7) % 18]
                WHEN ship_dt < date '2024-07-01' THEN (ARRAY[5,6,7,8,9,18,19,24,20,5,7])[1 + (srn * 5) % 11]
                ELSE (ARRAY[5,6,7,8,9,18,19,6,5,5,7])[1 + (srn * 5) % 11] END AS buyr_id,
           round(CASE vrty_cd WHEN 'GAL' THEN 24 WHEN 'HCR' THEN 46 WHEN 'FUJ' THEN 26 WHEN 'GRS' THEN 25 WHEN 'RDL' THEN 19
                              WHEN 'CSC' THEN 42 WHEN 'CPK' THEN 34 WHEN 'BRT' THEN 28 WHEN 'DAN' THEN 27 WHEN 'BNG' THEN 58
                              ELSE 72 END
                 * CASE grd_cls WHEN 'XF' THEN 1 ELSE 0.72 END
                 + ((srn * 3) % 7 - 3) * 0.5 + (extract(year FROM ship_dt) - 2023) * 0.75, 2) AS prc
    FROM q
), t AS (
    SELECT b.*, y.chan_cd,
           CASE WHEN srn % 41 = 0 THEN 'X' WHEN ship_dt > date '2025-11-30' THEN 'B' ELSE 'G' END AS st0,
           (ship_dt::timestamp AT TIME ZONE 'UTC') + interval '14 hours' + (srn % 6) * interval '1 hour' + ((srn * 11) % 60) * interval '1 minute' AS dprt
    FROM b JOIN buyr y ON y.buyr_id = b.buyr_id
), u AS (
    SELECT t.*,
           dprt + CASE WHEN chan_cd = 'X' THEN (18 + srn % 9) * interval '1 day' ELSE (1 + srn % 3) * interval '1 day' END
                + (srn % 8) * interval '1 hour' AS dlvr
    FROM t
)
SELECT srn,
       'BOL' || lpad(srn::text, 6, '0'),
       lot_no, buyr_id, ship_dt,
       CASE WHEN st0 = 'G' THEN dprt END,
       CASE WHEN st0 = 'G' AND dlvr < timestamptz '2025-12-01 00:00:00+00' THEN dlvr END,
       ctn, prc, ctn * prc,
       CASE WHEN st0 <> 'G' THEN NULL WHEN chan_cd = 'X' THEN 3200 + (srn * 37) % 1800 ELSE 450 + (srn * 29) % 900 END,
       CASE WHEN st0 <> 'G' THEN st0
            WHEN dlvr >= timestamptz '2025-12-01 00:00:00+00' THEN 'S'
            WHEN srn % 53 = 0 THEN 'R'
            ELSE 'D' END
FROM u;

UPDATE cs_lot c SET out_ts = x.last_dprt
FROM (
    SELECT lot_no, max(dprt_ts) AS last_dprt, bool_or(shp_stat = 'B') AS any_booked
    FROM shpmt WHERE shp_stat <> 'X'
    GROUP BY lot_no
) x
WHERE x.lot_no = c.lot_no AND NOT x.any_booked AND x.last_dprt IS NOT NULL;

-- ---------------------------------------------------------------- grwr_pmt (payments to growers)
CREATE TABLE grwr_pmt (
    pmt_id   integer PRIMARY KEY,
    grwr_id  integer NOT NULL REFERENCES grwr (grwr_id),
    crop_yr  smallint NOT NULL,
    pmt_typ  char(1) NOT NULL,
    pmt_dt   date NOT NULL,
    amt_usd  numeric(12,2) NOT NULL,
    pmt_mthd varchar(3) NOT NULL,
    chk_no   varchar(8),
    clr_dt   date,
    void_flg boolean NOT NULL DEFAULT false,
    memo_txt text
);
COMMENT ON TABLE grwr_pmt IS 'Pool payments to member growers for fruit delivered, and deductions against them';
COMMENT ON COLUMN grwr_pmt.crop_yr IS 'harvest season (pool year) the payment belongs to';
COMMENT ON COLUMN grwr_pmt.pmt_typ IS 'A = harvest advance, P = progress payment, F = final pool settlement, D = deduction (bin hire, licence fees; negative amount)';
COMMENT ON COLUMN grwr_pmt.amt_usd IS 'amount, USD; deductions are negative';
COMMENT ON COLUMN grwr_pmt.pmt_mthd IS 'ACH = bank transfer, CHK = cheque, WIR = wire, ADJ = book adjustment (deductions)';
COMMENT ON COLUMN grwr_pmt.clr_dt IS 'date the payment cleared the bank; NULL = not cleared';
COMMENT ON COLUMN grwr_pmt.void_flg IS 'true = payment voided (cheque cancelled, usually reissued under a new pmt_id)';

INSERT INTO grwr_pmt (pmt_id, grwr_id, crop_yr, pmt_typ, pmt_dt, amt_usd, pmt_mthd, chk_no, clr_dt, void_flg, memo_txt)
WITH d AS (
    SELECT k.grwr_id, extract(year FROM b.pick_dt)::int AS crop_yr,
           count(*) AS bins, sum(b.gross_wt_kg - b.tare_wt_kg) AS net_kg
    FROM hvst_bin b JOIN blk k ON k.blk_id = b.blk_id
    WHERE b.rcv_ts IS NOT NULL
    GROUP BY 1, 2
), s AS (
    SELECT d.grwr_id, d.crop_yr, t.typ,
           CASE t.typ WHEN 'A' THEN make_date(crop_yr, 11, 15)
                      WHEN 'D' THEN make_date(crop_yr, 12, 10)
                      WHEN 'P' THEN make_date(crop_yr + 1, 2 + grwr_id % 2, 14)
                      WHEN 'Q' THEN make_date(crop_yr + 1, 5 + grwr_id % 2, 15)
                      ELSE make_date(crop_yr + 1, 9, 30) + (grwr_id % 3) * 15 END AS pmt_dt,
           CASE t.typ WHEN 'A' THEN round(net_kg * 0.22, 2)
                      WHEN 'D' THEN -round(bins * 6.50 + (grwr_id % 4) * 140, 2)
                      WHEN 'P' THEN round(net_kg * 0.14, 2)
                      WHEN 'Q' THEN round(net_kg * 0.09, 2)
                      ELSE round(net_kg * (0.04 + (grwr_id % 7) * 0.015), 2) END AS amt
    FROM d CROSS JOIN (VALUES ('A'), ('D'), ('P'), ('Q'), ('F')) AS t (typ)
), s2 AS (
    SELECT s.*, row_number() OVER (ORDER BY pmt_dt, grwr_id, typ) AS rn,
           CASE WHEN typ = 'D' THEN 'ADJ' WHEN grwr_id % 11 = 0 THEN 'WIR' WHEN grwr_id % 4 = 0 OR grwr_id % 5 = 0 THEN 'CHK' ELSE 'ACH' END AS mthd
    FROM s WHERE pmt_dt <= date '2025-11-30'
), a AS (
    SELECT grwr_id, crop_yr, typ, pmt_dt, amt, mthd, rn, false AS void
    FROM s2
    UNION ALL
    SELECT grwr_id, crop_yr, typ, pmt_dt - 3, amt, 'CHK', rn, true
    FROM s2 WHERE rn % 17 = 0 AND typ <> 'D'
), c AS (
    SELECT a.*,
           CASE WHEN void THEN NULL
                WHEN mthd = 'ADJ' THEN pmt_dt
                WHEN mthd = 'WIR' THEN pmt_dt
                WHEN mthd = 'ACH' THEN pmt_dt + 2
                WHEN rn % 7 = 0 THEN NULL                      -- cheque never cashed
                ELSE pmt_dt + 4 + (rn % 10)::int END AS clr0
    FROM a
)
SELECT row_number() OVER (ORDER BY pmt_dt, grwr_id, typ, void DESC),
       grwr_id, crop_yr,
       CASE typ WHEN 'Q' THEN 'P' ELSE typ END,
       pmt_dt, amt, mthd,
       CASE WHEN mthd = 'CHK' THEN lpad((40000 + rn * 2 + void::int)::text, 6, '0') END,
       CASE WHEN clr0 > date '2025-11-30' THEN NULL ELSE clr0 END,
       void,
       CASE WHEN void THEN 'VOID - reissued'
            ELSE CASE typ WHEN 'A' THEN 'Harvest advance ' WHEN 'D' THEN 'Bin hire and fees ' WHEN 'P' THEN 'Progress #1 '
                          WHEN 'Q' THEN 'Progress #2 ' ELSE 'Pool settlement ' END || crop_yr END
FROM c;

-- ---------------------------------------------------------------- spry_rec (spray diary)
CREATE TABLE spry_rec (
    spry_id      integer PRIMARY KEY,
    blk_id       integer NOT NULL,
    appl_ts      timestamptz NOT NULL,
    prod_nm      text NOT NULL,
    prod_cls     char(1) NOT NULL,
    epa_reg_no   varchar(14),
    prod_qty     numeric(8,2) NOT NULL,
    qty_uom      char(1) NOT NULL,
    water_vol_l  numeric(8,1),
    sprd_area_ha numeric(5,2),
    phi_days     smallint,
    rei_hrs      smallint,
    wind_kmh     numeric(4,1),
    applctr_nm   text,
    omri_flg     boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE spry_rec IS 'Spray diary entries from the growers'' phone app; blk_id is typed in and not checked against blk';
COMMENT ON COLUMN spry_rec.blk_id IS 'block sprayed (blk.blk_id), not enforced';
COMMENT ON COLUMN spry_rec.prod_cls IS 'I = insecticide, F = fungicide, H = herbicide, G = plant growth regulator, T = fruit thinner, N = other (particle film, oil)';
COMMENT ON COLUMN spry_rec.prod_qty IS 'amount of product applied, in the unit given by qty_uom';
COMMENT ON COLUMN spry_rec.qty_uom IS 'K = kilograms, L = litres';
COMMENT ON COLUMN spry_rec.water_vol_l IS 'total spray-tank volume applied, litres';
COMMENT ON COLUMN spry_rec.sprd_area_ha IS 'area sprayed, hectares';
COMMENT ON COLUMN spry_rec.phi_days IS 'pre-harvest interval on the label, days';
COMMENT ON COLUMN spry_rec.rei_hrs IS 'restricted-entry interval, hours';
COMMENT ON COLUMN spry_rec.wind_kmh IS 'wind speed at application, km/h; NULL = not recorded';
COMMENT ON COLUMN spry_rec.omri_flg IS 'true = product is approved for organic production';

INSERT INTO spry_rec (spry_id, blk_id, appl_ts, prod_nm, prod_cls, epa_reg_no, prod_qty, qty_uom, water_vol_l, sprd_area_ha,
                      phi_days, rei_hrs, wind_kmh, applctr_nm, omri_flg)
WITH s AS (
    SELECT g, 2023 + (g - 1) / 1100 AS season, 1 + (g * 53) % 162 AS blk_id, 1 + (g * 7) % 13 AS p
    FROM generate_series(1, 3300) AS g
), a AS (
    SELECT s.*, coalesce(k.area_ha, 2.00) AS area,
           (ARRAY['Captan 80 WDG','Delegate WG','Altacor','Assail 70WP','Lime Sulfur','Surround WP','Kocide 3000',
                  'Rally 40WSP','Apogee','Gramoxone SL','Entrust SC','Horticultural Oil','Fruitone L'])[p] AS prod_nm,
           (ARRAY['F','I','I','I','F','N','F','F','G','H','I','N','T'])[p] AS cls,
           (ARRAY['66222-44','62719-541','352-729','8033-36','61842-15','61842-18','70051-2','62719-410','7969-188',
                  '100-1431','62719-621',NULL,'264-695'])[p] AS epa,
           (ARRAY['K','K','K','K','L','K','K','K','K','L','L','L','L'])[p] AS uom,
           (ARRAY[3.4,0.35,0.30,0.25,20.0,50.0,2.2,0.35,0.60,2.5,0.40,18.0,0.50])[p] AS rate,
           (ARRAY[0,7,10,7,0,0,0,14,45,NULL,7,0,2])[p] AS phi,
           (ARRAY[96,4,4,12,48,4,48,24,12,24,4,4,48])[p] AS rei,
           (ARRAY[false,false,false,false,true,true,true,false,false,false,true,true,false])[p] AS omri
    FROM s LEFT JOIN blk k ON k.blk_id = s.blk_id
)
SELECT g, blk_id,
       (make_date(season, 3, 10)::timestamp AT TIME ZONE 'UTC') + ((g * 17) % 190) * interval '1 day'
           + (4 + g % 6) * interval '1 hour' + ((g * 23) % 60) * interval '1 minute',
       prod_nm, cls, epa,
       round(rate * area * (0.9 + (g % 5) * 0.05), 2), uom,
       round(area * CASE WHEN cls = 'H' THEN 200 ELSE 935 END, 1),
       area,
       phi, rei,
       CASE WHEN g % 31 = 0 THEN NULL WHEN g % 9 = 0 THEN 15 + (g * 7) % 12 + (g % 10) / 10.0 ELSE (g * 7) % 14 + (g % 10) / 10.0 END,
       (ARRAY['R. Alvarez','T. Nguyen','M. Brandt','J. Ortiz','S. Haugen','L. Petrov','D. Kim','A. Castillo'])[1 + (g * 3) % 8],
       omri
FROM a;

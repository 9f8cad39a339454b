-- Made-up schema: a craft brewery (beer recipes, fermentation tanks, brew batches, tank readings,
-- packaging runs, trade customers, distribution orders and order lines). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS ord_ln;
DROP TABLE IF EXISTS dist_ord;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS pkg_run;
DROP TABLE IF EXISTS tank_rdg;
DROP TABLE IF EXISTS btch;
DROP TABLE IF EXISTS tank;
DROP TABLE IF EXISTS recipe;

-- ---------------------------------------------------------------- recipe (beers)
CREATE TABLE recipe (
    rcp_id         smallint PRIMARY KEY,
    beer_nm        text NOT NULL,
    style          text NOT NULL,
    tgt_abv_pct    numeric(3,1) NOT NULL,
    ibu            smallint,
    tgt_og         numeric(5,3) NOT NULL,
    rcp_stat       char(1) NOT NULL,
    is_gluten_free boolean NOT NULL DEFAULT false,
    created_dt     date NOT NULL
);
COMMENT ON TABLE recipe IS 'Beers we brew, one recipe per beer';
COMMENT ON COLUMN recipe.tgt_abv_pct IS 'target alcohol by volume, percent';
COMMENT ON COLUMN recipe.ibu IS 'bitterness in International Bitterness Units; NULL = never measured';
COMMENT ON COLUMN recipe.tgt_og IS 'target original gravity (specific gravity, e.g. 1.056)';
COMMENT ON COLUMN recipe.rcp_stat IS 'C = core range (brewed all year), S = seasonal, L = limited release, R = retired';

INSERT INTO recipe (rcp_id, beer_nm, style, tgt_abv_pct, ibu, tgt_og, rcp_stat, is_gluten_free, created_dt) VALUES
    (1,  'Switchback IPA',       'IPA',        6.8,  65,   1.064, 'C', false, date '2016-04-01'),
    (2,  'Mile High Pils',       'Pilsner',    4.9,  35,   1.048, 'C', false, date '2016-04-01'),
    (3,  'Front Range Pale',     'Pale Ale',   5.5,  40,   1.054, 'C', false, date '2016-06-15'),
    (4,  'Boulder Haze',         'Hazy IPA',   6.5,  30,   1.064, 'C', false, date '2019-02-01'),
    (5,  'Night Shift Stout',    'Stout',      7.2,  45,   1.072, 'C', false, date '2017-10-01'),
    (6,  'Old Miner Porter',     'Porter',     5.8,  32,   1.058, 'S', false, date '2017-11-01'),
    (7,  'Sunburst Wheat',       'Wheat',      5.0,  15,   1.050, 'S', false, date '2018-05-01'),
    (8,  'Prickly Pear Sour',    'Sour',       4.5,  8,    1.044, 'S', false, date '2020-06-01'),
    (9,  'Avalanche DIPA',       'Double IPA', 8.4,  85,   1.078, 'L', false, date '2021-01-15'),
    (10, 'Red Rocks Amber',      'Amber Ale',  5.4,  28,   1.054, 'C', false, date '2016-04-01'),
    (11, 'Farmhouse Saison',     'Saison',     6.2,  25,   1.056, 'S', false, date '2019-07-01'),
    (12, 'Trailhead Lager',      'Lager',      4.6,  18,   1.046, 'C', false, date '2018-03-01'),
    (13, 'Gold Rush Helles',     'Lager',      5.0,  20,   1.048, 'R', false, date '2017-03-01'),
    (14, 'Pumpkin Patch Ale',    'Amber Ale',  6.0,  20,   1.060, 'S', false, date '2020-09-01'),
    (15, 'Imperial Eclipse',     'Stout',      10.5, 60,   1.098, 'L', false, date '2021-11-01'),
    (16, 'Citra Cloud',          'Hazy IPA',   7.1,  35,   1.068, 'L', false, date '2022-04-01'),
    (17, 'Free Range GF Pale',   'Pale Ale',   5.2,  38,   1.050, 'C', true,  date '2022-08-01'),
    (18, 'Sorghum Session',      'Lager',      4.2,  18,   1.042, 'S', true,  date '2023-05-01'),
    (19, 'Raspberry Gose',       'Sour',       4.3,  10,   1.042, 'L', false, date '2023-06-15'),
    (20, 'Winter Warmer',        'Porter',     7.5,  35,   1.074, 'S', false, date '2018-11-01'),
    (21, 'Hop Tornado',          'IPA',        7.4,  75,   1.070, 'R', false, date '2017-05-01'),
    (22, 'Cherry Kriek',         'Sour',       6.0,  NULL, 1.058, 'R', false, date '2019-04-01'),
    (23, 'Trail Mix Session IPA','IPA',        4.4,  40,   1.044, 'C', false, date '2021-03-01'),
    (24, 'Oktoberfest Maerzen',  'Lager',      5.8,  24,   1.056, 'S', false, date '2018-08-01');

-- ---------------------------------------------------------------- tank (cellar vessels)
CREATE TABLE tank (
    tank_id      smallint PRIMARY KEY,
    tank_cd      varchar(6) NOT NULL,
    tank_typ     char(1) NOT NULL,
    cap_l        integer NOT NULL,
    installed_dt date,
    in_service   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE tank IS 'Fermentation and conditioning vessels in the cellar';
COMMENT ON COLUMN tank.tank_typ IS 'F = fermenter (FV), U = unitank (ferments and conditions), B = brite tank (BBT, conditioning and carbonation only)';
COMMENT ON COLUMN tank.cap_l IS 'working capacity in litres';
COMMENT ON COLUMN tank.installed_dt IS 'NULL = came with the building, date unknown';

INSERT INTO tank (tank_id, tank_cd, tank_typ, cap_l, installed_dt, in_service) VALUES
    (1,  'FV01', 'F', 2000, NULL,              true),
    (2,  'FV02', 'F', 2000, NULL,              true),
    (3,  'FV03', 'F', 3000, date '2017-02-10', true),
    (4,  'FV04', 'F', 3000, date '2017-02-10', true),
    (5,  'FV05', 'F', 4000, date '2019-08-22', true),
    (6,  'FV06', 'F', 4000, date '2019-08-22', false),
    (7,  'UT01', 'U', 3000, date '2021-03-05', true),
    (8,  'UT02', 'U', 3000, date '2021-03-05', true),
    (9,  'UT03', 'U', 6000, date '2023-06-30', true),
    (10, 'UT04', 'U', 6000, date '2023-06-30', true),
    (11, 'BBT1', 'B', 2000, NULL,              true),
    (12, 'BBT2', 'B', 3000, date '2017-02-10', true),
    (13, 'BBT3', 'B', 4000, date '2019-08-22', false),
    (14, 'BBT4', 'B', 6000, date '2023-06-30', true);

-- ---------------------------------------------------------------- btch (brew batches)
CREATE TABLE btch (
    btch_id   integer PRIMARY KEY,
    rcp_id    smallint NOT NULL REFERENCES recipe (rcp_id),
    tank_id   smallint NOT NULL,
    brew_dt   date NOT NULL,
    brewer_cd char(2) NOT NULL,
    vol_l     numeric(7,1) NOT NULL,
    og_grav   numeric(5,3) NOT NULL,
    fg_grav   numeric(5,3),
    btch_stat char(1) NOT NULL,
    notes     text
);
COMMENT ON TABLE btch IS 'Brew batches (one brew day, knocked out into one fermenter)';
COMMENT ON COLUMN btch.tank_id IS 'fermenter the batch went into (tank.tank_id)';
COMMENT ON COLUMN btch.brewer_cd IS 'initials of the head brewer on the day';
COMMENT ON COLUMN btch.vol_l IS 'wort volume knocked out, litres';
COMMENT ON COLUMN btch.og_grav IS 'measured original gravity (SG)';
COMMENT ON COLUMN btch.fg_grav IS 'final gravity (SG); NULL = fermentation not finished, or batch dumped';
COMMENT ON COLUMN btch.btch_stat IS 'F = fermenting, C = conditioning, P = packaged, D = dumped (discarded)';

INSERT INTO btch (btch_id, rcp_id, tank_id, brew_dt, brewer_cd, vol_l, og_grav, fg_grav, btch_stat, notes)
WITH b AS (
    SELECT g, date '2024-01-02' + ((g - 1) * 4) / 3 AS brew_dt
    FROM generate_series(1, 520) AS g
), r AS (
    SELECT b.*,
           CASE WHEN g % 3 <> 0 THEN (ARRAY[1,4,2,3,1,10,12,5,4,23,1,17])[1 + ((g - g / 3) * 7) % 12]
                ELSE (ARRAY[6,7,8,9,11,14,15,16,18,19,20,24,13,21,22])[1 + (g / 3) % (CASE WHEN brew_dt < date '2025-01-01' THEN 15 ELSE 12 END)]
                END AS rcp_id,
           (ARRAY[1,2,3,4,5,6,7,8,9,10,7,8,7])[1 + (g * 5) % 13] AS tank0
    FROM b
), t AS (
    SELECT r.*, CASE WHEN tank0 = 6 AND brew_dt >= date '2025-03-01' THEN 5 ELSE tank0 END AS tank_id
    FROM r
), s AS (
    SELECT t.*, tk.cap_l, rc.tgt_og + ((g % 7) - 3) * 0.001 AS og,
           CASE WHEN g % 37 = 0 THEN 'D'
                WHEN brew_dt + CASE WHEN rc.style IN ('Lager', 'Pilsner') THEN 28 ELSE 14 END + g % 6 <= date '2025-11-30' THEN 'P'
                WHEN brew_dt + 14 <= date '2025-11-30' THEN 'C'
                ELSE 'F' END AS stat
    FROM t JOIN tank tk ON tk.tank_id = t.tank_id JOIN recipe rc ON rc.rcp_id = t.rcp_id
)
SELECT g, rcp_id, tank_id, brew_dt,
       (ARRAY['JM','AK','RS','JM','TL','AK'])[1 + g % 6],
       cap_l * 0.9 - (g % 5) * 20,
       og,
       CASE WHEN stat IN ('F', 'D') THEN NULL ELSE round(og - (og - 1) * (0.72 + (g % 9) * 0.01), 3) END,
       stat,
       CASE WHEN stat = 'D' THEN (ARRAY['infection (lacto)','stuck fermentation','diacetyl, failed tasting'])[1 + g % 3]
            WHEN g % 16 = 0 THEN 'dry hop added day 4' END
FROM s;

-- ---------------------------------------------------------------- tank_rdg (daily gravity / temperature readings)
CREATE TABLE tank_rdg (
    rdg_id  integer PRIMARY KEY,
    btch_id integer NOT NULL REFERENCES btch (btch_id),
    rdg_ts  timestamp NOT NULL,
    sg      numeric(5,3) NOT NULL,
    temp_c  numeric(4,1) NOT NULL,
    ph      numeric(3,2)
);
COMMENT ON TABLE tank_rdg IS 'Cellar readings taken on fermenting batches';
COMMENT ON COLUMN tank_rdg.sg IS 'specific gravity at the time of the reading';
COMMENT ON COLUMN tank_rdg.temp_c IS 'beer temperature, degrees Celsius';
COMMENT ON COLUMN tank_rdg.ph IS 'NULL = pH not measured at this reading';

INSERT INTO tank_rdg (rdg_id, btch_id, rdg_ts, sg, temp_c, ph)
WITH r AS (
    SELECT b.btch_id, b.brew_dt, b.og_grav,
           coalesce(b.fg_grav, round(b.og_grav - (b.og_grav - 1) * 0.75, 3)) AS fg,
           rc.style, k,
           row_number() OVER (ORDER BY b.btch_id, k) AS id
    FROM btch b JOIN recipe rc ON rc.rcp_id = b.rcp_id
    CROSS JOIN LATERAL generate_series(0, CASE WHEN b.btch_stat = 'D' THEN 3 ELSE 9 END) AS k
    WHERE b.brew_dt + k <= date '2025-11-30'
)
SELECT id, btch_id,
       brew_dt + k + time '08:00' + ((btch_id + k) % 4) * interval '1 hour' + ((id * 7) % 60) * interval '1 minute',
       round(og_grav - (og_grav - fg) * least(1.0, k / 6.0), 3),
       CASE WHEN style IN ('Lager', 'Pilsner') THEN 11.0 WHEN style = 'Saison' THEN 23.5 ELSE 19.0 END
         + (k % 3) * 0.5
         + CASE WHEN k = 2 AND btch_id % 11 = 0 THEN 4.5 ELSE 0 END,
       CASE WHEN k % 3 = 0 THEN round(5.2 - k * 0.09 - (btch_id % 5) * 0.02 - CASE WHEN style = 'Sour' THEN 1.1 ELSE 0 END, 2) END
FROM r;

-- ---------------------------------------------------------------- pkg_run (packaging runs)
CREATE TABLE pkg_run (
    pkg_id   integer PRIMARY KEY,
    btch_id  integer NOT NULL REFERENCES btch (btch_id),
    pkg_dt   date NOT NULL,
    fmt_cd   char(1) NOT NULL,
    unit_cnt integer NOT NULL,
    vol_l    numeric(7,2) NOT NULL,
    qa_pass  boolean NOT NULL,
    lot_no   varchar(14) NOT NULL
);
COMMENT ON TABLE pkg_run IS 'Packaging runs: a batch filled into kegs or cans';
COMMENT ON COLUMN pkg_run.fmt_cd IS 'K = 50 L keg, M = 20 L keg, C = 440 ml can';
COMMENT ON COLUMN pkg_run.unit_cnt IS 'number of kegs or cans filled';
COMMENT ON COLUMN pkg_run.vol_l IS 'beer packaged in the run, litres';
COMMENT ON COLUMN pkg_run.qa_pass IS 'passed the quality check (dissolved oxygen, fill level, seam check)';

INSERT INTO pkg_run (pkg_id, btch_id, pkg_dt, fmt_cd, unit_cnt, vol_l, qa_pass, lot_no)
WITH b AS (
    SELECT b.btch_id, b.vol_l,
           b.brew_dt + CASE WHEN rc.style IN ('Lager', 'Pilsner') THEN 28 ELSE 14 END + b.btch_id % 6 AS first_pkg,
           b.rcp_id IN (6, 13, 15, 22, 24) AS kegs_only
    FROM btch b JOIN recipe rc ON rc.rcp_id = b.rcp_id
    WHERE b.btch_stat = 'P'
), runs AS (
    SELECT b.*, x.k, x.fmt, x.share
    FROM b CROSS JOIN LATERAL (VALUES
        (1, 'K', CASE WHEN kegs_only THEN 0.70 WHEN btch_id % 3 = 0 THEN 0.30 ELSE 0.40 END),
        (2, 'C', CASE WHEN kegs_only THEN 0 WHEN btch_id % 3 = 0 THEN 0.50 ELSE 0.52 END),
        (3, 'M', CASE WHEN kegs_only THEN 0.22 WHEN btch_id % 3 = 0 THEN 0.12 ELSE 0 END)
    ) AS x (k, fmt, share)
    WHERE x.share > 0 AND b.first_pkg + (x.k - 1) * 2 <= date '2025-11-30'
), n AS (
    SELECT runs.*, first_pkg + (k - 1) * 2 AS pkg_dt,
           row_number() OVER (ORDER BY first_pkg, btch_id, k) AS id,
           floor(vol_l * share / CASE fmt WHEN 'K' THEN 50 WHEN 'M' THEN 20 ELSE 0.44 END)::int AS units
    FROM runs
)
SELECT id, btch_id, pkg_dt, fmt, units,
       units * CASE fmt WHEN 'K' THEN 50 WHEN 'M' THEN 20 ELSE 0.44 END,
       CASE WHEN fmt = 'C' THEN id % 9 <> 4 ELSE id % 23 <> 7 END,
       'L' || to_char(pkg_dt, 'YYMMDD') || '-' || lpad(id::text, 4, '0')
FROM n;

-- ---------------------------------------------------------------- cust (trade accounts)
CREATE TABLE cust (
    cust_id        integer PRIMARY KEY,
    cust_nm        text NOT NULL,
    cust_typ       char(1) NOT NULL,
    city           text NOT NULL,
    state_cd       char(2) NOT NULL DEFAULT 'CO',
    sales_rep      varchar(3),
    onboarded_dt   date NOT NULL,
    credit_lim_usd numeric(9,2),
    is_active      boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE cust IS 'Trade accounts we sell to';
COMMENT ON COLUMN cust.cust_typ IS 'P = pub / bar, R = restaurant, S = bottle shop / liquor store, D = distributor (wholesale)';
COMMENT ON COLUMN cust.sales_rep IS 'initials of the account manager; NULL = house account';
COMMENT ON COLUMN cust.credit_lim_usd IS 'credit limit in USD; NULL = prepay only, no credit';

INSERT INTO cust (cust_id, cust_nm, cust_typ, city, sales_rep, onboarded_dt, credit_lim_usd, is_active)
WITH c AS (
    SELECT g, (ARRAY['P','P','R','S','P','R','S','D','P','R'])[1 + g % 10] AS typ
    FROM generate_series(1, 150) AS g
)
SELECT g,
       (ARRAY['Thirsty','Golden','Copper','Rusty','Blue Spruce','Lucky','Old Town','Wild Iris','Ironhorse','Little',
              'Summit','Canyon','Prospector','Larimer','Flatirons'])[1 + g % 15] || ' ' ||
       CASE typ WHEN 'P' THEN (ARRAY['Tap House','Tavern','Alehouse','Pub','Taproom'])[1 + (g / 30) % 5]
                WHEN 'R' THEN (ARRAY['Bistro','Kitchen','Grill','Eatery','Smokehouse'])[1 + (g / 30) % 5]
                WHEN 'S' THEN (ARRAY['Bottle Shop','Liquors','Beer Market','Wine & Spirits','Beer Depot'])[1 + (g / 30) % 5]
                ELSE (ARRAY['Distributing','Beverage Co.','Wholesale','Beer Supply','Imports'])[1 + (g / 30) % 5] END,
       typ,
       (ARRAY['Denver','Boulder','Fort Collins','Colorado Springs','Denver','Golden','Denver','Longmont'])[1 + (g * 3) % 8],
       CASE WHEN g % 9 = 0 THEN NULL ELSE (ARRAY['KM','DB','SL'])[1 + g % 3] END,
       CASE WHEN g <= 140 THEN date '2021-05-01' + (g * 53) % 1000 ELSE date '2025-10-15' + (g - 140) * 3 END,
       CASE WHEN g % 8 = 0 THEN NULL WHEN typ = 'D' THEN 25000 ELSE 2500 + (g % 5) * 1000 END,
       g % 17 <> 0
FROM c;

-- ---------------------------------------------------------------- dist_ord (distribution orders)
CREATE TABLE dist_ord (
    ord_id      integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES cust (cust_id),
    ord_dt      date NOT NULL,
    req_dlv_dt  date,
    ship_dt     date,
    ord_stat    char(1) NOT NULL,
    po_ref      varchar(20),
    dlv_fee_usd numeric(6,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE dist_ord IS 'Distribution (wholesale) orders from trade accounts';
COMMENT ON COLUMN dist_ord.req_dlv_dt IS 'delivery date the customer asked for';
COMMENT ON COLUMN dist_ord.ship_dt IS 'date the order left the brewery; NULL = not shipped';
COMMENT ON COLUMN dist_ord.ord_stat IS 'N = new, A = allocated (picked, waiting for the truck), S = shipped, D = delivered, X = cancelled';
COMMENT ON COLUMN dist_ord.po_ref IS 'customer purchase-order reference; NULL = none given';
COMMENT ON COLUMN dist_ord.dlv_fee_usd IS 'delivery charge, USD';

INSERT INTO dist_ord (ord_id, cust_id, ord_dt, req_dlv_dt, ship_dt, ord_stat, po_ref, dlv_fee_usd)
WITH b AS (
    SELECT g, date '2024-03-01' + ((g - 1) * 640) / 1600 AS ord_dt,
           CASE WHEN g % 4 = 0 THEN 7 + 10 * (ARRAY[0,1,2,3,4,5,6,7,8,9,10,11,12,13,0,3,7,0,5])[1 + (g / 4) % 19]
                ELSE 1 + (g * 37) % 139 END AS cust_id
    FROM generate_series(1, 1600) AS g
), s AS (
    SELECT b.*, ord_dt + 1 + g % 3 AS ship0,
           g % 29 = 0 AS cancelled,
           ord_dt + 1 + g % 3 > date '2025-11-30' OR (ord_dt >= date '2025-11-26' AND g % 3 = 0) AS waiting
    FROM b
)
SELECT g, cust_id, ord_dt, ord_dt + 2 + g % 5,
       CASE WHEN cancelled OR waiting THEN NULL ELSE ship0 END,
       CASE WHEN cancelled THEN 'X'
            WHEN waiting THEN (CASE WHEN g % 2 = 0 THEN 'N' ELSE 'A' END)
            WHEN ship0 >= date '2025-11-28' OR g % 50 = 0 THEN 'S'
            ELSE 'D' END,
       CASE WHEN g % 3 = 0 THEN NULL ELSE 'PO-' || (10000 + g * 7)::text END,
       CASE WHEN g % 4 = 0 THEN 0 WHEN g % 5 = 0 THEN 35.00 ELSE 20.00 END
FROM s;

-- ---------------------------------------------------------------- ord_ln (order lines)
CREATE TABLE ord_ln (
    ord_id      integer NOT NULL REFERENCES dist_ord (ord_id),
    ln_no       smallint NOT NULL,
    rcp_id      smallint NOT NULL,
    fmt_cd      char(1) NOT NULL,
    qty         integer NOT NULL,
    unit_px_usd numeric(8,2) NOT NULL,
    PRIMARY KEY (ord_id, ln_no)
);
COMMENT ON COLUMN ord_ln.rcp_id IS 'beer ordered (recipe.rcp_id)';
COMMENT ON COLUMN ord_ln.fmt_cd IS 'K = 50 L keg, M = 20 L keg, C = case of 24 x 440 ml cans';
COMMENT ON COLUMN ord_ln.qty IS 'number of kegs or cases';
COMMENT ON COLUMN ord_ln.unit_px_usd IS 'price per keg or case, USD';

INSERT INTO ord_ln (ord_id, ln_no, rcp_id, fmt_cd, qty, unit_px_usd)
WITH l AS (
    SELECT o.ord_id, o.ord_dt, c.cust_typ, k AS ln_no,
           (ARRAY[1,2,3,4,10,12,5,23,17,1,4,7,8,11,14,20,24,9,6,16])[1 + (o.ord_id * 3 + k * 7) % 20] AS rcp_id
    FROM dist_ord o JOIN cust c ON c.cust_id = o.cust_id
    CROSS JOIN LATERAL generate_series(1, 1 + o.ord_id % 4) AS k
), f AS (
    SELECT l.*,
           CASE WHEN cust_typ IN ('P', 'R') THEN (CASE WHEN (ord_id + ln_no) % 3 = 0 THEN 'M' ELSE 'K' END)
                WHEN cust_typ = 'S' THEN 'C'
                ELSE (ARRAY['K','C','C','M'])[1 + (ord_id + ln_no) % 4] END AS fmt0
    FROM l
), x AS (
    SELECT f.*, CASE WHEN fmt0 = 'C' AND rcp_id IN (6, 13, 15, 22, 24) THEN 'K' ELSE fmt0 END AS fmt
    FROM f
)
SELECT x.ord_id, x.ln_no, x.rcp_id, x.fmt,
       (CASE x.fmt WHEN 'K' THEN 1 + (x.ord_id + x.ln_no) % 4 WHEN 'M' THEN 1 + x.ord_id % 3 ELSE 2 + (x.ord_id * x.ln_no) % 10 END)
         * CASE WHEN x.cust_typ = 'D' THEN 5 ELSE 1 END,
       round(CASE x.fmt WHEN 'K' THEN 185.00 WHEN 'M' THEN 92.00 ELSE 64.00 END
             * CASE WHEN rc.tgt_abv_pct > 7 THEN 1.15 ELSE 1 END
             * CASE WHEN x.ord_dt >= date '2025-01-01' THEN 1.04 ELSE 1 END
             * CASE WHEN x.cust_typ = 'D' THEN 0.80 ELSE 1 END, 2)
FROM x JOIN recipe rc ON rc.rcp_id = x.rcp_id;

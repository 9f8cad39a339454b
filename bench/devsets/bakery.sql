SET TIME ZONE 'UTC';

-- Made-up schema: an industrial bakery (suppliers, ingredients, ingredient deliveries / lots,
-- products and their recipes, production lines / ovens, production batches, quality checks,
-- customers (own shops, supermarkets, hotels), customer orders and order lines).
-- Links without a declared foreign key: prd_btch.line_id -> prd_line.line_id,
-- qc_chk.btch_id -> prd_btch.btch_id, ord_ln.prod_id -> product.prod_id.
-- Data are deterministic (generate_series and modulo arithmetic, no random()); data cut-off is
-- 2025-11-30 (a few batches are planned a little later). Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS ord_ln;
DROP TABLE IF EXISTS ord_hdr;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS qc_chk;
DROP TABLE IF EXISTS prd_btch;
DROP TABLE IF EXISTS prd_line;
DROP TABLE IF EXISTS rcp_line;
DROP TABLE IF EXISTS product;
DROP TABLE IF EXISTS ing_lot;
DROP TABLE IF EXISTS ingr;
DROP TABLE IF EXISTS supplier;

-- ---------------------------------------------------------------- supplier
CREATE TABLE supplier (
    sup_id        integer PRIMARY KEY,
    sup_name      text NOT NULL,
    country       text NOT NULL,
    city          text NOT NULL,
    organic_cert  boolean NOT NULL DEFAULT false,
    since_dt      date NOT NULL,
    contact_email text
);
COMMENT ON TABLE supplier IS 'Ingredient suppliers';
COMMENT ON COLUMN supplier.organic_cert IS 'true = holds an organic certification';
COMMENT ON COLUMN supplier.since_dt IS 'date the supplier was approved';

INSERT INTO supplier (sup_id, sup_name, country, city, organic_cert, since_dt, contact_email) VALUES
    (1,  'Moulins de Beauce',         'France',      'Chartres',  true,  '2014-06-01', 'orders@moulins-beauce.example'),
    (2,  'Grands Moulins du Nord',    'France',      'Lille',     false, '2012-02-15', 'sales@gmn.example'),
    (3,  'Rosenberger Mühle',         'Germany',     'Ulm',       true,  '2019-09-10', NULL),
    (4,  'Graines & Co',              'France',      'Orléans',   true,  '2020-03-01', 'contact@graines.example'),
    (5,  'Sucrerie de Picardie',      'France',      'Amiens',    false, '2011-01-20', 'b2b@sucrerie-picardie.example'),
    (6,  'Laiterie des Prés',         'France',      'Caen',      false, '2013-05-05', 'logistique@laiterie-pres.example'),
    (7,  'Coopérative Laitière Ouest','France',      'Rennes',    true,  '2021-11-01', NULL),
    (8,  'Levures Lesaffre Négoce',   'France',      'Marcq',     false, '2010-04-12', 'service@levures.example'),
    (9,  'Huiles et Sels Atlantique', 'France',      'Nantes',    false, '2016-08-30', 'cmd@hsa.example'),
    (10, 'Délices Ingrédients',       'Belgium',     'Gent',      false, '2018-01-15', 'orders@delices.example'),
    (11, 'Farine Bio Occitanie',      'France',      'Toulouse',  true,  '2025-10-01', 'hello@fbo.example'),
    (12, 'Noord Zaden BV',            'Netherlands', 'Utrecht',   true,  '2025-11-10', NULL);

-- ---------------------------------------------------------------- ingr (ingredients)
CREATE TABLE ingr (
    ingr_id         integer PRIMARY KEY,
    ingr_nm         text NOT NULL,
    ingr_cat        char(1) NOT NULL,
    allergen_cd     varchar(2),
    std_cost_eur_kg numeric(6,2) NOT NULL
);
COMMENT ON TABLE ingr IS 'Ingredients';
COMMENT ON COLUMN ingr.ingr_cat IS 'F = flour, G = grains / seeds, S = sugar / sweetener, D = dairy and eggs, Y = yeast / leaven, O = fats and oils, X = other (salt, chocolate, nuts, fruit)';
COMMENT ON COLUMN ingr.allergen_cd IS 'GL = gluten, MK = milk, EG = egg, NT = tree nuts, SE = sesame, NULL = no declared allergen';
COMMENT ON COLUMN ingr.std_cost_eur_kg IS 'standard cost, EUR per kg';

INSERT INTO ingr (ingr_id, ingr_nm, ingr_cat, allergen_cd, std_cost_eur_kg) VALUES
    (1,  'Wheat flour T55',        'F', 'GL', 0.48),
    (2,  'Wheat flour T65',        'F', 'GL', 0.52),
    (3,  'Whole wheat flour T150', 'F', 'GL', 0.61),
    (4,  'Rye flour T130',         'F', 'GL', 0.66),
    (5,  'Spelt flour',            'F', 'GL', 1.10),
    (6,  'Sunflower seeds',        'G', NULL, 2.40),
    (7,  'Sesame seeds',           'G', 'SE', 3.10),
    (8,  'Caster sugar',           'S', NULL, 0.85),
    (9,  'Honey',                  'S', NULL, 6.50),
    (10, 'Butter 82%',             'D', 'MK', 7.20),
    (11, 'Whole milk',             'D', 'MK', 0.95),
    (12, 'Liquid whole egg',       'D', 'EG', 2.80),
    (13, 'Fresh yeast',            'Y', NULL, 2.10),
    (14, 'Sourdough starter',      'Y', 'GL', 0.30),
    (15, 'Rapeseed oil',           'O', NULL, 1.60),
    (16, 'Sea salt',               'X', NULL, 0.35),
    (17, 'Dark chocolate batons',  'X', 'MK', 9.80),
    (18, 'Almond paste',           'X', 'NT', 11.50),
    (19, 'Raisins',                'X', NULL, 3.20),
    (20, 'Hazelnuts',              'X', 'NT', 8.90),
    (21, 'Walnuts',                'X', 'NT', 9.40);

-- ---------------------------------------------------------------- ing_lot (ingredient deliveries)
CREATE TABLE ing_lot (
    lot_id    integer PRIMARY KEY,
    ingr_id   integer NOT NULL REFERENCES ingr (ingr_id),
    sup_id    integer NOT NULL REFERENCES supplier (sup_id),
    recv_ts   timestamptz NOT NULL,
    qty_kg    numeric(8,1) NOT NULL,
    cost_eur  numeric(10,2) NOT NULL,
    best_bef  date,
    intake_c  numeric(4,1),
    lot_st    char(1) NOT NULL
);
COMMENT ON TABLE ing_lot IS 'One row per ingredient delivery (lot) received at the goods-in dock';
COMMENT ON COLUMN ing_lot.recv_ts IS 'when the delivery arrived at the dock';
COMMENT ON COLUMN ing_lot.qty_kg IS 'delivered quantity, kg';
COMMENT ON COLUMN ing_lot.cost_eur IS 'invoiced amount for the lot, EUR';
COMMENT ON COLUMN ing_lot.intake_c IS 'product temperature measured at intake, °C (chilled goods only, else NULL)';
COMMENT ON COLUMN ing_lot.lot_st IS 'A = accepted into stock, Q = quarantined pending lab result, R = rejected at intake (sent back to the supplier)';

INSERT INTO ing_lot (lot_id, ingr_id, sup_id, recv_ts, qty_kg, cost_eur, best_bef, intake_c, lot_st)
WITH b AS (
    SELECT g,
           CASE WHEN g % 3 = 0 THEN 1 + (g / 3) % 5 ELSE 1 + ((g - g / 3) * 8) % 21 END AS ingr_id,
           timestamptz '2024-01-03 05:00:00+00' + g * interval '18 hours' + ((g * 7) % 50) * interval '1 minute' AS recv_ts
    FROM generate_series(1, 900) AS g
), c AS (
    SELECT b.*, i.ingr_cat, i.std_cost_eur_kg,
           CASE WHEN b.ingr_id <= 5 THEN 1 + (b.g / 2) % 3
                WHEN b.ingr_id <= 7 THEN 4
                WHEN b.ingr_id <= 9 THEN 5
                WHEN b.ingr_id <= 12 THEN 6 + b.g % 2
                WHEN b.ingr_id <= 14 THEN 8
                WHEN b.ingr_id <= 16 THEN 9
                ELSE 10 END AS sup_id,
           CASE WHEN i.ingr_cat = 'F' THEN 500 + ((b.g * 37) % 7) * 250
                ELSE 20 + ((b.g * 13) % 20) * 5 END AS qty_kg
    FROM b JOIN ingr i ON i.ingr_id = b.ingr_id
)
SELECT g, ingr_id, sup_id, recv_ts, qty_kg,
       round(qty_kg * std_cost_eur_kg * (0.95 + (g % 11) / 100.0), 2),
       CASE WHEN ingr_cat = 'D' THEN (recv_ts)::date + 10 + g % 12
            WHEN ingr_cat = 'Y' THEN (recv_ts)::date + 14
            WHEN g % 17 = 0 THEN NULL
            ELSE (recv_ts)::date + 180 + (g % 5) * 30 END,
       CASE WHEN ingr_cat = 'D' THEN 2.0 + ((g * 7) % 13) * 0.4 END,
       CASE WHEN g % 29 = 0 OR (ingr_cat = 'D' AND (g * 7) % 13 >= 11) THEN 'R'   -- dairy warmer than 6 °C is refused
            WHEN g % 31 = 0 OR (recv_ts >= timestamptz '2025-11-01 00:00:00+00' AND g % 4 = 0) THEN 'Q'
            ELSE 'A' END
FROM c;

-- ---------------------------------------------------------------- product
CREATE TABLE product (
    prod_id        integer PRIMARY KEY,
    sku            varchar(12) NOT NULL,
    prod_name      text NOT NULL,
    prod_cls       char(1) NOT NULL,
    unit_wt_g      integer NOT NULL,
    list_price_eur numeric(6,2) NOT NULL,
    is_active      boolean NOT NULL DEFAULT true,
    shelf_life_d   smallint NOT NULL,
    launched_on    date NOT NULL
);
COMMENT ON COLUMN product.prod_cls IS 'B = bread, P = pastry / viennoiserie';
COMMENT ON COLUMN product.unit_wt_g IS 'weight of one piece, grams';
COMMENT ON COLUMN product.list_price_eur IS 'list price per piece, EUR';
COMMENT ON COLUMN product.is_active IS 'false = no longer produced';

INSERT INTO product (prod_id, sku, prod_name, prod_cls, unit_wt_g, list_price_eur, is_active, shelf_life_d, launched_on) VALUES
    (1,  'BR-BAG-250',  'Baguette tradition',     'B', 250,  1.10, true,  1, '2015-03-01'),
    (2,  'BR-CMP-800',  'Pain de campagne',       'B', 800,  3.90, true,  4, '2015-03-01'),
    (3,  'BR-RYE-1000', 'Rye sourdough loaf',     'B', 1000, 4.60, true,  6, '2016-09-01'),
    (4,  'BR-WWT-500',  'Whole wheat tin loaf',   'B', 500,  2.80, true,  5, '2015-03-01'),
    (5,  'BR-SPL-500',  'Spelt loaf',             'B', 500,  3.60, true,  4, '2019-01-15'),
    (6,  'BR-SEE-750',  'Multiseed loaf',         'B', 750,  4.20, true,  5, '2017-04-01'),
    (7,  'BR-CIA-300',  'Ciabatta',               'B', 300,  1.90, true,  2, '2018-06-01'),
    (8,  'BR-BRI-400',  'Brioche loaf',           'B', 400,  3.40, true,  5, '2016-02-01'),
    (9,  'BR-SES-080',  'Sesame roll',            'B', 80,   0.45, true,  2, '2015-03-01'),
    (10, 'BR-KAI-070',  'Kaiser roll',            'B', 70,   0.35, true,  1, '2015-03-01'),
    (11, 'BR-FIG-600',  'Fig & walnut loaf',      'B', 600,  4.90, false, 4, '2020-10-01'),
    (12, 'BR-HON-700',  'Honey oat loaf',         'B', 700,  3.70, false, 5, '2021-03-01'),
    (13, 'PA-CRO-060',  'Butter croissant',       'P', 60,   0.95, true,  2, '2015-03-01'),
    (14, 'PA-PAC-075',  'Pain au chocolat',       'P', 75,   1.10, true,  2, '2015-03-01'),
    (15, 'PA-ALM-090',  'Almond croissant',       'P', 90,   1.60, true,  2, '2017-09-01'),
    (16, 'PA-RAI-100',  'Pain aux raisins',       'P', 100,  1.30, true,  2, '2015-03-01'),
    (17, 'PA-HAZ-085',  'Hazelnut swirl',         'P', 85,   1.45, false, 2, '2022-01-10'),
    (18, 'PA-DAN-080',  'Apple danish',           'P', 80,   1.35, false, 2, '2019-05-01'),
    (19, 'PA-CHS-110',  'Chausson aux pommes',    'P', 110,  1.50, true,  2, '2016-10-01'),
    (20, 'PA-GAL-1200', 'Galette des rois',       'P', 1200, 14.90, false, 3, '2018-12-15'),
    (21, 'PA-BRI-050',  'Mini brioche',           'P', 50,   0.60, true,  3, '2019-05-01'),
    (22, 'BR-MIC-1500', 'Baker''s miche',         'B', 1500, 7.80, true,  7, '2025-10-01');

-- ---------------------------------------------------------------- rcp_line (recipes)
CREATE TABLE rcp_line (
    prod_id integer NOT NULL REFERENCES product (prod_id),
    ingr_id integer NOT NULL REFERENCES ingr (ingr_id),
    qty_g   numeric(7,1) NOT NULL,
    PRIMARY KEY (prod_id, ingr_id)
);
COMMENT ON TABLE rcp_line IS 'Recipe: tracked ingredients per product (water and untracked fillings are not listed)';
COMMENT ON COLUMN rcp_line.qty_g IS 'grams of the ingredient per finished piece';

INSERT INTO rcp_line (prod_id, ingr_id, qty_g) VALUES
    (1, 2, 150), (1, 16, 3), (1, 13, 1.5),
    (2, 2, 380), (2, 4, 60), (2, 14, 90), (2, 16, 9),
    (3, 4, 520), (3, 14, 150), (3, 16, 11),
    (4, 3, 290), (4, 13, 4), (4, 16, 5.5), (4, 15, 8),
    (5, 5, 300), (5, 13, 3), (5, 16, 5.5),
    (6, 2, 300), (6, 3, 80), (6, 6, 60), (6, 7, 25), (6, 14, 60), (6, 16, 8),
    (7, 1, 170), (7, 15, 10), (7, 13, 1.5), (7, 16, 3.5),
    (8, 1, 190), (8, 10, 80), (8, 12, 70), (8, 8, 30), (8, 13, 8), (8, 16, 3), (8, 11, 20),
    (9, 1, 45), (9, 7, 4), (9, 13, 1), (9, 16, 0.9), (9, 15, 2),
    (10, 1, 42), (10, 13, 1), (10, 16, 0.8), (10, 15, 1.5),
    (11, 2, 240), (11, 3, 60), (11, 21, 60), (11, 9, 20), (11, 14, 70), (11, 16, 6),
    (12, 2, 330), (12, 9, 35), (12, 11, 60), (12, 13, 6), (12, 16, 7), (12, 10, 15),
    (13, 1, 28), (13, 10, 15), (13, 8, 3.5), (13, 11, 8), (13, 13, 1.2), (13, 16, 0.6),
    (14, 1, 30), (14, 10, 16), (14, 17, 9), (14, 8, 3.5), (14, 11, 8), (14, 13, 1.2), (14, 16, 0.6),
    (15, 1, 28), (15, 10, 17), (15, 18, 25), (15, 8, 6), (15, 12, 4), (15, 13, 1.2),
    (16, 1, 35), (16, 10, 18), (16, 19, 15), (16, 8, 6), (16, 11, 9), (16, 12, 5), (16, 13, 1.4),
    (17, 1, 30), (17, 10, 16), (17, 20, 14), (17, 8, 7), (17, 13, 1.2),
    (18, 1, 30), (18, 10, 16), (18, 8, 6), (18, 12, 4), (18, 13, 1.2),
    (19, 1, 40), (19, 10, 25), (19, 8, 8), (19, 12, 4),
    (20, 1, 280), (20, 10, 260), (20, 18, 350), (20, 12, 90), (20, 8, 60),
    (21, 1, 24), (21, 10, 10), (21, 12, 9), (21, 8, 4), (21, 13, 1), (21, 11, 3),
    (22, 3, 420), (22, 2, 380), (22, 14, 220), (22, 16, 17);

-- ---------------------------------------------------------------- prd_line (production lines / ovens)
CREATE TABLE prd_line (
    line_id     integer PRIMARY KEY,
    line_cd     varchar(4) NOT NULL,
    line_nm     text NOT NULL,
    oven_typ    char(1) NOT NULL,
    cap_pcs_hr  integer NOT NULL,
    plant       text NOT NULL,
    commiss_dt  date NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE prd_line IS 'Production lines, each built around one oven';
COMMENT ON COLUMN prd_line.oven_typ IS 'D = deck oven, T = tunnel oven, R = rack (rotating) oven';
COMMENT ON COLUMN prd_line.cap_pcs_hr IS 'rated capacity, pieces per hour';
COMMENT ON COLUMN prd_line.commiss_dt IS 'date the line was commissioned';

INSERT INTO prd_line (line_id, line_cd, line_nm, oven_typ, cap_pcs_hr, plant, commiss_dt, is_active) VALUES
    (1, 'L1', 'Deck line 1',               'D', 900,  'Nord', '2016-05-10', true),
    (2, 'L2', 'Tunnel line A',             'T', 4000, 'Nord', '2018-02-01', true),
    (3, 'L3', 'Tunnel line B',             'T', 3500, 'Sud',  '2020-09-15', true),
    (4, 'L4', 'Rack ovens - viennoiserie', 'R', 1500, 'Sud',  '2017-11-01', true),
    (5, 'L5', 'Rack ovens 2',              'R', 1200, 'Nord', '2019-04-01', true),
    (6, 'L6', 'Deck line 2',               'D', 800,  'Sud',  '2025-09-01', true),
    (7, 'L7', 'Old deck oven',             'D', 600,  'Nord', '2009-01-12', false);

-- ---------------------------------------------------------------- prd_btch (production batches)
CREATE TABLE prd_btch (
    btch_id     integer PRIMARY KEY,
    prod_id     integer NOT NULL REFERENCES product (prod_id),
    line_id     integer NOT NULL,
    start_ts    timestamptz NOT NULL,
    end_ts      timestamptz,
    plan_qty    integer NOT NULL,
    good_qty    integer,
    scrap_qty   integer,
    bake_temp_c smallint NOT NULL,
    bake_min    smallint NOT NULL,
    btch_st     char(1) NOT NULL,
    shift_cd    char(1) NOT NULL
);
COMMENT ON TABLE prd_btch IS 'Production batches';
COMMENT ON COLUMN prd_btch.line_id IS 'production line (prd_line.line_id) the batch ran on';
COMMENT ON COLUMN prd_btch.start_ts IS 'batch start (mixing)';
COMMENT ON COLUMN prd_btch.end_ts IS 'batch end (last piece out of the oven); NULL while planned or running';
COMMENT ON COLUMN prd_btch.plan_qty IS 'planned number of pieces';
COMMENT ON COLUMN prd_btch.good_qty IS 'pieces that passed and were packed; NULL until the batch is finished';
COMMENT ON COLUMN prd_btch.scrap_qty IS 'pieces discarded; NULL until the batch is finished';
COMMENT ON COLUMN prd_btch.bake_temp_c IS 'oven set temperature, °C';
COMMENT ON COLUMN prd_btch.bake_min IS 'time in the oven, minutes';
COMMENT ON COLUMN prd_btch.btch_st IS 'P = planned, R = running, C = completed, X = aborted (whole batch discarded)';
COMMENT ON COLUMN prd_btch.shift_cd IS 'E = early shift (04-12h), L = late shift (12-20h), N = night shift (20-04h)';

INSERT INTO prd_btch (btch_id, prod_id, line_id, start_ts, end_ts, plan_qty, good_qty, scrap_qty,
                      bake_temp_c, bake_min, btch_st, shift_cd)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-01 04:00:00+00' + g * interval '5 hours 15 minutes' AS start_ts,
           1 + (g * 7) % 22 AS p0
    FROM generate_series(1, 3200) AS g
), p AS (
    SELECT b.*,
           CASE WHEN p0 IN (11, 12, 17, 18, 20) AND start_ts >= timestamptz '2025-01-01 00:00:00+00'
                     THEN (ARRAY[1, 13, 2, 14, 9])[1 + g % 5]
                WHEN p0 = 22 AND start_ts < timestamptz '2025-10-01 00:00:00+00' THEN 6
                ELSE p0 END AS prod_id
    FROM b
), q AS (
    SELECT p.g, p.start_ts, p.prod_id, pr.prod_cls, pr.unit_wt_g,
           CASE WHEN pr.prod_cls = 'P' THEN 4 + p.g % 2
                WHEN p.start_ts >= timestamptz '2025-09-01 00:00:00+00' AND p.g % 4 = 0 THEN 6
                ELSE 1 + p.g % 3 END AS line_id,
           CASE WHEN p.start_ts > timestamptz '2025-11-30 06:00:00+00' THEN 'P'
                WHEN p.start_ts > timestamptz '2025-11-29 18:00:00+00' THEN 'R'
                WHEN p.g % 53 = 0 THEN 'X'
                ELSE 'C' END AS btch_st,
           CASE WHEN pr.prod_cls = 'P' THEN 600 + ((p.g * 37) % 9) * 100
                ELSE 150 + ((p.g * 37) % 9) * 50 END AS plan_qty
    FROM p JOIN product pr ON pr.prod_id = p.prod_id
), r AS (
    SELECT q.*,
           CASE WHEN prod_cls = 'P' THEN 170 + (g * 11) % 30
                WHEN line_id IN (2, 3) THEN 225 + (g * 3) % 15
                ELSE 235 + (g * 7) % 20 END AS bake_temp_c,
           CASE WHEN prod_cls = 'P' THEN 14 + g % 6 + unit_wt_g / 100
                ELSE 28 + unit_wt_g / 50 + g % 5 END AS bake_min,
           (g * 13) % 25 + CASE WHEN g % 17 = 0 THEN 40 ELSE 0 END AS scrap0
    FROM q
)
SELECT g, prod_id, line_id, start_ts,
       CASE WHEN btch_st IN ('C', 'X') THEN start_ts + (90 + bake_min + (g * 7) % 60) * interval '1 minute' END,
       plan_qty,
       CASE btch_st WHEN 'C' THEN plan_qty - scrap0 + CASE WHEN g % 3 = 0 THEN 15 + g % 20 ELSE 0 END
                    WHEN 'X' THEN 0 END,
       CASE btch_st WHEN 'C' THEN scrap0 WHEN 'X' THEN plan_qty END,
       bake_temp_c, bake_min, btch_st,
       CASE WHEN extract(hour FROM start_ts) >= 4 AND extract(hour FROM start_ts) < 12 THEN 'E'
            WHEN extract(hour FROM start_ts) >= 12 AND extract(hour FROM start_ts) < 20 THEN 'L'
            ELSE 'N' END
FROM r;

-- ---------------------------------------------------------------- qc_chk (quality checks)
CREATE TABLE qc_chk (
    chk_id    integer PRIMARY KEY,
    btch_id   integer NOT NULL,
    chk_ts    timestamptz NOT NULL,
    chk_typ   varchar(3) NOT NULL,
    meas_val  numeric(7,2),
    res       char(1),
    insp      varchar(4)
);
COMMENT ON TABLE qc_chk IS 'Quality checks on finished batches';
COMMENT ON COLUMN qc_chk.btch_id IS 'batch checked (prd_btch.btch_id)';
COMMENT ON COLUMN qc_chk.chk_typ IS 'MST = crumb moisture (meas_val in %), WGT = piece weight (meas_val in g), CTP = core temperature out of the oven (meas_val in °C), VIS = visual / colour inspection (no measured value)';
COMMENT ON COLUMN qc_chk.res IS 'P = pass, F = fail, NULL = result pending (lab; meas_val is NULL too until the lab reports)';
COMMENT ON COLUMN qc_chk.insp IS 'initials of the inspector';

INSERT INTO qc_chk (chk_id, btch_id, chk_ts, chk_typ, meas_val, res, insp)
WITH c AS (
    SELECT b.btch_id AS g, b.btch_st, b.end_ts, pr.prod_cls, pr.unit_wt_g, k,
           (ARRAY['MST', 'WGT', 'CTP', 'VIS'])[k] AS chk_typ
    FROM prd_btch b
    JOIN product pr ON pr.prod_id = b.prod_id
    CROSS JOIN generate_series(1, 4) AS k
    WHERE b.btch_st IN ('C', 'X')
      AND (k <= 2 OR (k = 3 AND b.btch_id % 2 = 0) OR (k = 4 AND b.btch_id % 5 = 0))
), v AS (
    SELECT c.*,
           end_ts + k * interval '12 minutes' + CASE WHEN k = 1 THEN interval '5 hours' ELSE interval '0' END AS chk_ts,
           CASE chk_typ
                WHEN 'MST' THEN CASE WHEN btch_st = 'X' THEN CASE WHEN prod_cls = 'B' THEN 47.5 ELSE 28.4 END
                                     WHEN prod_cls = 'B' THEN 38 + ((g * 7) % 90) / 10.0
                                     ELSE 18 + ((g * 7) % 90) / 10.0 END
                WHEN 'WGT' THEN round(unit_wt_g * (0.97 + ((g * 11) % 70) / 1000.0), 1)
                WHEN 'CTP' THEN CASE WHEN prod_cls = 'B' THEN 92 + (g * 3) % 8 ELSE 86 + (g * 3) % 8 END
                END AS meas_val,
           chk_typ = 'MST' AND (end_ts > timestamptz '2025-11-28 19:00:00+00' OR (g * 7) % 101 = 0) AS pending
    FROM c
)
SELECT row_number() OVER (ORDER BY g, k), g, chk_ts, chk_typ,
       CASE WHEN pending THEN NULL ELSE meas_val END,
       CASE WHEN pending THEN NULL
            WHEN chk_typ = 'MST' THEN CASE WHEN (prod_cls = 'B' AND (meas_val > 46.2 OR meas_val < 38.2))
                                             OR (prod_cls = 'P' AND meas_val > 26.3) THEN 'F' ELSE 'P' END
            WHEN chk_typ = 'WGT' THEN CASE WHEN meas_val < unit_wt_g * 0.98 THEN 'F' ELSE 'P' END
            WHEN chk_typ = 'CTP' THEN CASE WHEN (prod_cls = 'B' AND meas_val < 93) OR (prod_cls = 'P' AND meas_val < 87) THEN 'F' ELSE 'P' END
            ELSE CASE WHEN btch_st = 'X' OR g % 35 = 0 THEN 'F' ELSE 'P' END END,
       CASE WHEN g % 41 = 0 THEN NULL ELSE (ARRAY['MD', 'JPB', 'AL', 'SK', 'CR', 'NH'])[1 + (g + k) % 6] END
FROM v;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id       integer PRIMARY KEY,
    cust_nm       text NOT NULL,
    cust_typ      char(1) NOT NULL,
    city          text NOT NULL,
    credit_lim_eur numeric(10,2),
    is_key_acct   boolean NOT NULL DEFAULT false,
    created_dt    date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers buying from the bakery';
COMMENT ON COLUMN cust.cust_typ IS 'S = bakery shop (own or franchise), M = supermarket, H = hotel / restaurant / catering';
COMMENT ON COLUMN cust.credit_lim_eur IS 'credit limit, EUR; NULL = prepayment only';

INSERT INTO cust (cust_id, cust_nm, cust_typ, city, credit_lim_eur, is_key_acct, created_dt)
SELECT g,
       CASE WHEN g <= 12 THEN 'Boulangerie ' || (ARRAY['Centre','Gare','Marché','Saint-Michel','Les Halles','Port',
                                                          'Université','Jardin','Cathédrale','Pont Neuf','Bastide','Victoire'])[g]
            WHEN g <= 24 THEN (ARRAY['Carrefour Market','Super U','Intermarché','Leclerc','Monoprix','Auchan'])[1 + (g - 13) % 6]
                              || ' ' || (ARRAY['Nord','Sud','Centre','Lac','Rive Droite','Aéroport'])[1 + ((g - 13) + (g - 13) / 6) % 6]
            ELSE (ARRAY['Hôtel du Parc','Brasserie Le Lion','Café des Arts','Grand Hôtel','Restaurant La Table',
                        'Traiteur Dupont','Hôtel Ibis Gare','Bistro 21','Cantine Scolaire Ouest','Clinique Sainte-Anne',
                        'Le Petit Zinc','Hôtel Mercure','Café Central','Auberge du Moulin','Restaurant Océan','Bistrot Ami'])[g - 24]
            END,
       CASE WHEN g <= 12 THEN 'S' WHEN g <= 24 THEN 'M' ELSE 'H' END,
       (ARRAY['Lyon','Villeurbanne','Vénissieux','Bron','Caluire','Écully','Saint-Priest'])[1 + (g * 3) % 7],
       CASE WHEN g % 8 = 7 THEN NULL WHEN g BETWEEN 13 AND 24 THEN 50000 + (g % 4) * 10000 ELSE 2000 + (g % 5) * 1000 END,
       g BETWEEN 13 AND 18 OR g IN (1, 2),
       date '2014-01-01' + g * 97
FROM generate_series(1, 40) AS g;

-- ---------------------------------------------------------------- ord_hdr (customer orders)
CREATE TABLE ord_hdr (
    ord_id     integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    ord_ts     timestamptz NOT NULL,
    req_dlv_dt date NOT NULL,
    dlv_dt     date,
    ord_st     char(1) NOT NULL,
    chan_cd    varchar(3) NOT NULL
);
COMMENT ON COLUMN ord_hdr.ord_ts IS 'when the order was placed';
COMMENT ON COLUMN ord_hdr.req_dlv_dt IS 'delivery date the customer asked for';
COMMENT ON COLUMN ord_hdr.dlv_dt IS 'date actually delivered; NULL if not delivered (yet)';
COMMENT ON COLUMN ord_hdr.ord_st IS 'N = new, K = confirmed, D = delivered, X = cancelled';
COMMENT ON COLUMN ord_hdr.chan_cd IS 'EDI = EDI feed, WEB = web shop, TEL = phone';

INSERT INTO ord_hdr (ord_id, cust_id, ord_ts, req_dlv_dt, dlv_dt, ord_st, chan_cd)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-02 06:00:00+00' + g * interval '4 hours 10 minutes' + ((g * 13) % 50) * interval '1 minute' AS ord_ts,
           CASE WHEN g % 3 = 0 THEN CASE WHEN g % 9 = 0 THEN 1 + (g / 9) % 4 ELSE 1 + ((g / 3) * 5) % 12 END
                WHEN g % 3 = 1 THEN 13 + ((g / 3) * 7) % 12
                ELSE 25 + (g * 11) % 16 END AS cust_id
    FROM generate_series(1, 4000) AS g
), s AS (
    SELECT b.*, (ord_ts)::date + 1 + g % 3 AS req_dlv_dt,
           CASE WHEN ord_ts >= timestamptz '2025-11-24 00:00:00+00' THEN CASE WHEN g % 2 = 0 THEN 'N' ELSE 'K' END
                WHEN g % 23 = 0 THEN 'X'
                ELSE 'D' END AS ord_st
    FROM b
)
SELECT g, cust_id, ord_ts, req_dlv_dt,
       CASE WHEN ord_st = 'D' THEN req_dlv_dt + CASE WHEN g % 14 = 0 THEN 1 + g % 3 WHEN g % 31 = 0 THEN -1 ELSE 0 END END,
       ord_st,
       CASE WHEN cust_id BETWEEN 13 AND 24 THEN 'EDI' WHEN cust_id <= 12 THEN 'WEB'
            WHEN g % 2 = 0 THEN 'TEL' ELSE 'WEB' END
FROM s;

-- ---------------------------------------------------------------- ord_ln (order lines)
CREATE TABLE ord_ln (
    ord_id         integer NOT NULL REFERENCES ord_hdr (ord_id),
    ln_no          smallint NOT NULL,
    prod_id        integer NOT NULL,
    qty_pcs        integer NOT NULL,
    unit_price_eur numeric(6,2) NOT NULL,
    disc_pct       numeric(4,1) NOT NULL DEFAULT 0,
    PRIMARY KEY (ord_id, ln_no)
);
COMMENT ON COLUMN ord_ln.prod_id IS 'product ordered (product.prod_id)';
COMMENT ON COLUMN ord_ln.qty_pcs IS 'number of pieces ordered';
COMMENT ON COLUMN ord_ln.unit_price_eur IS 'agreed price per piece, EUR, before the line discount';
COMMENT ON COLUMN ord_ln.disc_pct IS 'line discount, percent (10 = 10 %)';

INSERT INTO ord_ln (ord_id, ln_no, prod_id, qty_pcs, unit_price_eur, disc_pct)
WITH l AS (
    SELECT h.ord_id, h.ord_ts, c.cust_typ, n AS ln_no,
           CASE WHEN h.ord_ts >= timestamptz '2025-10-05 00:00:00+00' AND (h.ord_id + n) % 7 = 0 THEN 22
                WHEN h.ord_ts < timestamptz '2025-01-01 00:00:00+00'
                     THEN (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21])[1 + (h.ord_id * 7 + n * 5) % 21]
                ELSE (ARRAY[1,2,3,4,5,6,7,8,9,10,13,14,15,16,19,21])[1 + (h.ord_id * 7 + n * 5) % 16] END AS prod_id
    FROM ord_hdr h
    JOIN cust c ON c.cust_id = h.cust_id
    CROSS JOIN LATERAL generate_series(1, 1 + h.ord_id % 4) AS n
)
SELECT l.ord_id, l.ln_no, l.prod_id,
       CASE l.cust_typ WHEN 'M' THEN 100 + ((l.ord_id * 3 + l.ln_no * 11) % 11) * 50
                       WHEN 'S' THEN 20 + ((l.ord_id + l.ln_no * 7) % 14) * 10
                       ELSE 10 + ((l.ord_id * 5 + l.ln_no) % 8) * 10 END,
       round(p.list_price_eur * CASE l.cust_typ WHEN 'M' THEN 0.55 WHEN 'S' THEN 0.60 ELSE 0.70 END, 2),
       CASE WHEN l.cust_typ = 'M' THEN (l.ord_id % 3) * 2.5
            WHEN (l.ord_id + l.ln_no) % 19 = 0 THEN 10
            ELSE 0 END
FROM l JOIN product p ON p.prod_id = l.prod_id;

-- Hollowdene Farmhouse Cheese - the dairy's own database (Jo Hollis, owner & head cheesemaker).
-- We don't keep cows: the tanker brings milk in every day from four neighbouring farms
-- (Brook End is Jerseys, so richer milk). Every load is tested; a load that fails (antibiotics,
-- too warm, taint) is refused and we don't pay for it. Castle Mead stopped supplying end of Aug 2026.
-- Each make day is one batch of one cheese: cheddar Mon/Thu, Red Leicester Tue (smoked cheddar
-- every other Tue until the smokehouse shut in 2024), the blue on Wed, the soft one Fri (and Sat in summer).
-- Wheels go into the Top Cave (hard cheeses) or the Bottom Cave (blue and soft), get turned,
-- and are graded A/B/C or rejected at a set age. A rejected batch is written off whole.
-- We sell to wholesalers, delis/farm shops and restaurants on account, and at our own market stalls
-- (one sale = a day's stall takings, paid on the day). Wheels go out whole or cut and sold by the kilo.
-- We enter the shows most years; anything lost in the caves (mites, cracks, bad mould) is written off.
-- Data runs from January 2024 to 30 November 2026.

DROP TABLE IF EXISTS write_offs;
DROP TABLE IF EXISTS show_entries;
DROP TABLE IF EXISTS sale_lines;
DROP TABLE IF EXISTS sales;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS gradings;
DROP TABLE IF EXISTS turn_log;
DROP TABLE IF EXISTS batch;
DROP TABLE IF EXISTS caves;
DROP TABLE IF EXISTS cheese;
DROP TABLE IF EXISTS milk_collections;
DROP TABLE IF EXISTS farms;

CREATE TABLE farms (
    farm_id     integer PRIMARY KEY,
    farm_nm     text NOT NULL,
    farmer      text,
    herd        text,
    parish      text,
    price_ppl   numeric(5,2) NOT NULL,
    joined_dt   date,
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE milk_collections (
    id          integer PRIMARY KEY,
    farm_id     integer NOT NULL REFERENCES farms (farm_id),
    coll_dt     date NOT NULL,
    litres      numeric(7,1) NOT NULL,
    bf_pct      numeric(4,2),
    temp_c      numeric(3,1),
    rejected    boolean NOT NULL DEFAULT false,
    rej_reason  text
);

CREATE TABLE cheese (
    id              integer PRIMARY KEY,
    code            char(3) NOT NULL,
    cheese_nm       text NOT NULL,
    style           char(1) NOT NULL,
    wheel_kg        numeric(5,2) NOT NULL,
    grade_age_days  integer NOT NULL,
    wheel_price     numeric(8,2) NOT NULL,
    kg_price        numeric(8,2) NOT NULL,
    current         boolean NOT NULL DEFAULT true,
    notes           text
);

CREATE TABLE caves (
    id               integer PRIMARY KEY,
    cave_nm          text NOT NULL,
    temp_c           numeric(3,1),
    rh_pct           integer,
    capacity_wheels  integer
);

CREATE TABLE batch (
    id           integer PRIMARY KEY,
    batch_ref    text NOT NULL UNIQUE,
    cheese_id    integer NOT NULL REFERENCES cheese (id),
    make_dt      date NOT NULL,
    milk_ltrs    integer NOT NULL,
    wheels_made  integer NOT NULL,
    cave_id      integer NOT NULL REFERENCES caves (id),
    maker        text,
    cave_out_dt  date,
    notes        text
);

CREATE TABLE turn_log (
    id             integer PRIMARY KEY,
    batch_id       integer NOT NULL REFERENCES batch (id),
    turn_dt        date NOT NULL,
    wheels_turned  integer NOT NULL,
    turned_by      text
);

CREATE TABLE gradings (
    id        integer PRIMARY KEY,
    batch_id  integer NOT NULL REFERENCES batch (id),
    grade_dt  date NOT NULL,
    grade     char(1) NOT NULL,
    grader    text,
    notes     text
);

CREATE TABLE customers (
    cust_id     integer PRIMARY KEY,
    cust_nm     text NOT NULL,
    cust_type   char(1) NOT NULL,
    town        text,
    email       text,
    terms_days  integer NOT NULL DEFAULT 30,
    on_stop     boolean NOT NULL DEFAULT false,
    opened_dt   date NOT NULL,
    lapsed_dt   date,
    notes       text
);

CREATE TABLE sales (
    id        integer PRIMARY KEY,
    cust_id   integer NOT NULL REFERENCES customers (cust_id),
    sale_dt   date NOT NULL,
    inv_ref   text,
    st        char(1) NOT NULL,
    disc_pct  numeric(4,1) NOT NULL DEFAULT 0,
    paid_dt   date,
    notes     text
);

CREATE TABLE sale_lines (
    id          integer PRIMARY KEY,
    sale_id     integer NOT NULL REFERENCES sales (id),
    batch_id    integer NOT NULL REFERENCES batch (id),
    sold_by     char(1) NOT NULL,
    qty         numeric(7,2) NOT NULL,
    unit_price  numeric(8,2) NOT NULL
);

CREATE TABLE show_entries (
    id             integer PRIMARY KEY,
    batch_id       integer NOT NULL REFERENCES batch (id),
    show_nm        text NOT NULL,
    show_dt        date NOT NULL,
    class_nm       text,
    place          smallint,
    award          text,
    entry_fee_amt  numeric(6,2) NOT NULL
);

CREATE TABLE write_offs (
    id             integer PRIMARY KEY,
    batch_id       integer NOT NULL REFERENCES batch (id),
    wo_dt          date NOT NULL,
    wheels_lost    integer NOT NULL,
    cause          char(1) NOT NULL,
    est_value_amt  numeric(8,2) NOT NULL,
    notes          text
);

COMMENT ON TABLE farms IS 'The farms we buy milk from.';
COMMENT ON COLUMN farms.price_ppl IS 'What we pay them, pence per litre (current contract).';
COMMENT ON COLUMN farms.joined_dt IS 'When they started supplying us.';
COMMENT ON COLUMN farms.active IS 'true = still supplying us; false = stopped.';

COMMENT ON TABLE milk_collections IS 'Tanker log: one row per farm per day, with the test results.';
COMMENT ON COLUMN milk_collections.coll_dt IS 'Day the milk was picked up.';
COMMENT ON COLUMN milk_collections.bf_pct IS 'Butterfat %, from the lab sample. Blank = sample lost/not tested.';
COMMENT ON COLUMN milk_collections.temp_c IS 'Milk temperature at pick-up, C. Over 6 and we refuse it.';
COMMENT ON COLUMN milk_collections.rejected IS 'true = load failed a test and was refused (not used, not paid for).';
COMMENT ON COLUMN milk_collections.rej_reason IS 'Why it was refused (only filled in when rejected).';

COMMENT ON TABLE cheese IS 'Our cheeses (the recipes), with trade prices.';
COMMENT ON COLUMN cheese.style IS 'Style: H = hard pressed, S = soft white rind (brie type), B = blue.';
COMMENT ON COLUMN cheese.grade_age_days IS 'Age in days we aim to grade a batch at.';
COMMENT ON COLUMN cheese.wheel_price IS 'Trade price for a whole wheel, 2024 list (+5% 2025, +10% 2026).';
COMMENT ON COLUMN cheese.kg_price IS 'Trade price per kilo when cut, 2024 list (+5% 2025, +10% 2026). Market stall price is about 45% on top.';
COMMENT ON COLUMN cheese.current IS 'true = still making it.';

COMMENT ON TABLE caves IS 'The two maturing caves.';
COMMENT ON COLUMN caves.rh_pct IS 'Relative humidity we keep it at, %.';

COMMENT ON TABLE batch IS 'One make = one batch of one cheese on one day.';
COMMENT ON COLUMN batch.batch_ref IS 'B + make date YYMMDD, stamped on every wheel.';
COMMENT ON COLUMN batch.milk_ltrs IS 'Litres of milk that went in the vat.';
COMMENT ON COLUMN batch.wheels_made IS 'Wheels out of the moulds (0 = failed make).';
COMMENT ON COLUMN batch.maker IS 'Initials of whoever made it: JH = Jo, MB = Mark, KP = Kasia.';
COMMENT ON COLUMN batch.cave_out_dt IS 'Day the last wheel left the cave (sold or written off). Blank = still got wheels maturing.';

COMMENT ON TABLE turn_log IS 'Turning rota: each time a batch''s wheels were turned.';

COMMENT ON TABLE gradings IS 'Grading of each batch at its grading age. Batches too young have no grading yet.';
COMMENT ON COLUMN gradings.grade IS 'Grade: A = top, full price; B = good, trade; C = seconds, cutting/cooking; R = rejected, whole batch written off.';
COMMENT ON COLUMN gradings.grader IS 'Who graded it: JH = Jo, or Ruth our visiting affineur.';

COMMENT ON TABLE customers IS 'Everyone we sell to, including our own market stalls.';
COMMENT ON COLUMN customers.cust_type IS 'Type: W = wholesaler, D = deli or farm shop, R = restaurant/pub/cafe, M = our own stall at a farmers market or food fair (one sale = that day''s takings).';
COMMENT ON COLUMN customers.terms_days IS 'Days they get to pay (0 = pays on the day).';
COMMENT ON COLUMN customers.on_stop IS 'true = on stop: no more deliveries until they pay up.';
COMMENT ON COLUMN customers.lapsed_dt IS 'When they stopped ordering or closed down. Blank = still a customer.';

COMMENT ON TABLE sales IS 'Orders / invoices, and a day''s takings for market stalls.';
COMMENT ON COLUMN sales.inv_ref IS 'Invoice number. Blank for market stall takings.';
COMMENT ON COLUMN sales.st IS 'Status: O = order taken, not delivered yet; D = delivered and invoiced; X = cancelled.';
COMMENT ON COLUMN sales.disc_pct IS 'Discount off the whole order, % (wholesalers get 7.5).';
COMMENT ON COLUMN sales.paid_dt IS 'Day the money came in. Blank = not paid yet.';

COMMENT ON TABLE sale_lines IS 'What went out on each sale: which batch, how much, at what price.';
COMMENT ON COLUMN sale_lines.sold_by IS 'W = whole wheels (qty is wheels, price per wheel); K = by weight (qty is kg, price per kg).';
COMMENT ON COLUMN sale_lines.unit_price IS 'Price per wheel or per kg before the order discount. 0 = free sample.';

COMMENT ON TABLE show_entries IS 'Cheeses we entered in shows and how they did.';
COMMENT ON COLUMN show_entries.place IS '1, 2 or 3 = placed first, second or third (a prize). Blank = not placed.';
COMMENT ON COLUMN show_entries.award IS 'Any special trophy on top of the place.';
COMMENT ON COLUMN show_entries.entry_fee_amt IS 'Entry fee paid, pounds (Frome is free for local makers).';

COMMENT ON TABLE write_offs IS 'Wheels lost and written off out of stock.';
COMMENT ON COLUMN write_offs.cause IS 'Cause: M = cheese mites, C = cracked/split, W = wrong mould (black spot, cat hair etc.), R = whole batch rejected at grading, O = other (dropped, rats, chiller failure).';
COMMENT ON COLUMN write_offs.est_value_amt IS 'Rough cost value of what was lost, pounds.';

-- ---------------------------------------------------------------- data

INSERT INTO farms VALUES
 (1, 'Lower Hollowdene', 'Tom Pritchard',       'Holstein Friesian', 'Hollowdene',   41.50, '2019-04-01', true),
 (2, 'Brook End',        'Sarah & Dai Morgan',  'Jersey',            'Clunbury',     46.00, '2020-08-01', true),
 (3, 'Castle Mead',      'Graham Lowe',         'British Friesian',  'Bishops Moat', 40.75, '2018-01-01', false),
 (4, 'Pentre Fields',    'Eleri Vaughan',       'Ayrshire',          'Pentre',       42.25, '2024-05-01', true);

INSERT INTO milk_collections (id, farm_id, coll_dt, litres, bf_pct, temp_c, rejected, rej_reason)
SELECT row_number() OVER (ORDER BY x.d, g.farm_id),
       g.farm_id,
       x.d,
       round((g.base_l * (1 + 0.18 * cos(2 * pi() * (extract(doy FROM x.d)::int - 135) / 365.0))
                       * (0.94 + ((x.n * 53 + g.farm_id * 17) % 61) / 500.0))::numeric, 1),
       CASE WHEN (x.n * 17 + g.farm_id) % 211 = 7 THEN NULL
            ELSE round((g.base_bf + 0.25 * cos(2 * pi() * (extract(doy FROM x.d)::int - 15) / 365.0)
                        + (((x.n * 29 + g.farm_id * 7) % 41) - 20) / 100.0)::numeric, 2) END,
       CASE WHEN r.rej AND (x.n + g.farm_id) % 3 = 1 THEN 7.2
            ELSE 3.0 + ((x.n * 3 + g.farm_id) % 30) / 10.0 END,
       r.rej,
       CASE WHEN r.rej THEN CASE (x.n + g.farm_id) % 3
                              WHEN 0 THEN 'antibiotic residue - Delvo test positive'
                              WHEN 1 THEN 'over 6C at pick-up'
                              ELSE 'taint - smelt of silage' END END
FROM (VALUES (1, 1100, 4.05, date '2026-11-30'),
             (2,  520, 5.35, date '2026-11-30'),
             (3, 1350, 3.95, date '2026-08-31'),
             (4,  600, 4.25, date '2026-11-30')) g(farm_id, base_l, base_bf, last_dt)
JOIN farms f ON f.farm_id = g.farm_id
CROSS JOIN LATERAL generate_series(greatest(f.joined_dt, date '2024-01-01'), g.last_dt, interval '1 day') gs(ts)
CROSS JOIN LATERAL (SELECT gs.ts::date AS d, (gs.ts::date - date '2024-01-01') AS n) x
CROSS JOIN LATERAL (SELECT ((x.n * 7 + g.farm_id * 13) % 37) = 5
                           OR (g.farm_id = 3 AND (x.n * 11) % 53 = 9) AS rej) r;

INSERT INTO cheese VALUES
 (1, 'CHD', 'Hollowdene Farmhouse Cheddar', 'H', 20.00, 90, 262.00, 13.50, true,  'clothbound, sold from 3 months to about 15 months'),
 (2, 'RLE', 'Hollowdene Red Leicester',     'H', 10.00, 60, 128.00, 13.20, true,  'annatto in the milk'),
 (3, 'BLU', 'Clun Valley Blue',             'B',  3.00, 42,  57.00, 19.50, true,  'pierced at 4 weeks'),
 (4, 'BRI', 'Wenlock Soft',                 'S',  1.00, 21,  11.50, 12.00, true,  'brie style, white rind'),
 (5, 'SMK', 'Oak Smoked Cheddar',           'H',  5.00, 45,  69.00, 14.20, false, 'dropped autumn 2024 when the smokehouse shut');

INSERT INTO caves VALUES
 (1, 'Top Cave',    11.0, 86, 2400),
 (2, 'Bottom Cave',  8.5, 94, 3000);

INSERT INTO batch (id, batch_ref, cheese_id, make_dt, milk_ltrs, wheels_made, cave_id, maker, cave_out_dt, notes)
SELECT row_number() OVER (ORDER BY z.d),
       'B' || to_char(z.d, 'YYMMDD'),
       z.c, z.d, z.ltrs, z.wheels,
       CASE WHEN z.c IN (3, 4) THEN 2 WHEN z.n % 9 = 0 THEN 2 ELSE 1 END,
       CASE (z.n * 7) % 5 WHEN 0 THEN 'MB' WHEN 1 THEN 'KP' ELSE 'JH' END,
       CASE WHEN z.wheels = 0 THEN z.d
            WHEN z.c = 1 AND z.n % 17 = 3 THEN NULL              -- kept back for vintage
            WHEN z.d + z.shelf + (z.n * 11) % 30 > date '2026-11-30' THEN NULL
            ELSE z.d + z.shelf + (z.n * 11) % 30 END,
       CASE WHEN z.wheels = 0 THEN 'vat didn''t set - thunderstorm, power out; whole lot went to the pigs'
            WHEN (z.n * 31) % 47 = 5 THEN CASE WHEN z.c IN (1, 5) THEN 'power cut during cheddaring, 40 min'
                                               ELSE 'power cut during the make, 40 min' END
            WHEN (z.n * 31) % 47 = 17 THEN 'new rennet supplier'
            WHEN z.n % 9 = 0 AND z.c IN (1, 2, 5) THEN 'Top Cave full - went in the Bottom Cave' END
FROM (
    SELECT y.*, 
           CASE WHEN y.d = date '2025-07-15' THEN 0
                ELSE floor(y.ltrs::numeric / y.lpw * (0.97 + ((y.n * 13) % 7) / 100.0))::int END AS wheels
    FROM (
        SELECT x.d, x.n, p.c, p.lpw, p.shelf,
               round(p.base * (1 + 0.12 * cos(2 * pi() * (extract(doy FROM x.d)::int - 135) / 365.0))
                            * (0.9 + ((x.n * 41) % 21) / 100.0))::int AS ltrs
        FROM generate_series(date '2024-01-02', date '2026-11-30', interval '1 day') gs(ts)
        CROSS JOIN LATERAL (SELECT gs.ts::date AS d, (gs.ts::date - date '2024-01-01') AS n,
                                   extract(isodow FROM gs.ts)::int AS dow) x
        CROSS JOIN LATERAL (SELECT CASE x.dow WHEN 1 THEN 1 WHEN 4 THEN 1
                                              WHEN 2 THEN CASE WHEN x.d < date '2024-10-01' AND (x.n / 7) % 2 = 0 THEN 5 ELSE 2 END
                                              WHEN 3 THEN 3 WHEN 5 THEN 4
                                              WHEN 6 THEN CASE WHEN extract(month FROM x.d) BETWEEN 4 AND 9 THEN 4 END
                                   END AS c) cc
        JOIN (VALUES (1, 2800, 200, 330), (2, 1500, 100, 220), (3, 900, 27, 110),
                     (4, 1200, 8, 40), (5, 1000, 50, 200)) p(c, base, lpw, shelf) ON p.c = cc.c
        WHERE to_char(x.d, 'MMDD') NOT IN ('1225', '1226', '0101')
          AND (x.n * 19) % 23 <> 4
    ) y
) z;

INSERT INTO gradings (id, batch_id, grade_dt, grade, grader, notes)
SELECT row_number() OVER (ORDER BY b.id),
       b.id, x.gd, y.gr,
       CASE WHEN b.id % 4 = 0 THEN 'Ruth H (affineur)' ELSE 'JH' END,
       CASE y.gr
            WHEN 'A' THEN CASE WHEN b.id % 6 = 0 THEN 'lovely, long finish' END
            WHEN 'B' THEN 'bit short on flavour'
            WHEN 'C' THEN 'open texture, some cracking'
            ELSE CASE b.id % 3 WHEN 0 THEN 'late blowing - gas holes' WHEN 1 THEN 'bitter, off flavour'
                               ELSE 'wrong mould right through the paste' END END
FROM batch b
JOIN cheese c ON c.id = b.cheese_id
CROSS JOIN LATERAL (SELECT b.make_dt + c.grade_age_days + (b.id * 13) % 15 - 7 AS gd) x
CROSS JOIN LATERAL (SELECT CASE WHEN (b.id * 37 + 11) % 100 < 56 THEN 'A'
                                WHEN (b.id * 37 + 11) % 100 < 80 THEN 'B'
                                WHEN (b.id * 37 + 11) % 100 < 92 THEN 'C'
                                ELSE 'R' END AS gr) y
WHERE b.wheels_made > 0 AND x.gd <= date '2026-11-30';

-- a rejected batch is cleared out of the cave a few days after grading
UPDATE batch SET cave_out_dt = g.grade_dt + 3
FROM gradings g WHERE g.batch_id = batch.id AND g.grade = 'R';

INSERT INTO turn_log (id, batch_id, turn_dt, wheels_turned, turned_by)
SELECT row_number() OVER (ORDER BY x.td, b.id),
       b.id, x.td, b.wheels_made,
       CASE (b.id + t.days) % 3 WHEN 0 THEN 'KP' WHEN 1 THEN 'MB' ELSE 'JH' END
FROM batch b
JOIN cheese c ON c.id = b.cheese_id
CROSS JOIN LATERAL unnest(CASE WHEN c.style = 'S' THEN ARRAY[2, 5, 9, 14] ELSE ARRAY[7, 14, 28, 56] END) t(days)
CROSS JOIN LATERAL (SELECT b.make_dt + t.days AS td) x
WHERE b.wheels_made > 0
  AND x.td <= date '2026-11-30'
  AND (b.cave_out_dt IS NULL OR x.td <= b.cave_out_dt);

INSERT INTO customers (cust_id, cust_nm, cust_type, town, email, terms_days, on_stop, opened_dt, lapsed_dt, notes) VALUES
 ( 1, 'Harvest Fine Foods Ltd',          'W', 'Bristol',          'orders@harvestfinefoods.co.uk', 30, false, '2022-03-01', NULL, NULL),
 ( 2, 'Marches Cheese Wholesale',        'W', 'Hereford',         'buying@marchescheese.co.uk',    30, false, '2021-06-14', NULL, 'collect from us Tuesdays'),
 ( 3, 'The Cheese Cellar Co.',           'W', 'London',           'accounts@cheesecellar.london',  45, false, '2023-01-09', NULL, NULL),
 ( 4, 'Northern Larder Distribution',    'W', 'Leeds',            'supply@northernlarder.co.uk',   30, false, '2025-03-10', NULL, 'met at Nantwich 2024'),
 ( 5, 'Severn Foodservice',              'W', 'Worcester',        NULL,                            30, false, '2022-09-01', '2025-06-30', 'lost them to a cheaper creamery'),
 ( 6, 'Ludlow Deli',                     'D', 'Ludlow',           'hello@ludlowdeli.co.uk',        14, false, '2019-05-01', NULL, NULL),
 ( 7, 'The Old Dairy Farm Shop',         'D', 'Much Wenlock',     'shop@olddairy.co.uk',           14, false, '2020-02-01', NULL, NULL),
 ( 8, 'Church Stretton Larder',          'D', 'Church Stretton',  NULL,                            14, false, '2021-04-12', NULL, NULL),
 ( 9, 'Bishop''s Castle Wholefoods',     'D', 'Bishops Castle',   'bcwholefoods@gmail.com',        30, false, '2020-10-05', NULL, NULL),
 (10, 'Knighton Cheese & Wine',          'D', 'Knighton',         'knightoncheese@outlook.com',    14, true,  '2022-05-16', NULL, 'always late paying - on stop since Sept 26'),
 (11, 'Tenbury Pantry',                  'D', 'Tenbury Wells',    NULL,                            14, false, '2021-08-02', NULL, NULL),
 (12, 'Shrewsbury Market Hall Cheese',   'D', 'Shrewsbury',       'cheese@markethall.shop',        14, false, '2019-11-11', NULL, 'their stall, not ours'),
 (13, 'Leominster Deli',                 'D', 'Leominster',       NULL,                            14, false, '2021-03-01', '2025-10-31', 'closed down Oct 2025'),
 (14, 'The Cheese Board',                'D', 'Hay-on-Wye',       'thecheeseboardhay@gmail.com',   14, false, '2020-06-01', NULL, NULL),
 (15, 'Cleobury Country Store',          'D', 'Cleobury Mortimer', NULL,                           30, false, '2022-01-10', NULL, NULL),
 (16, 'Montgomery Farm Shop',            'D', 'Montgomery',       'farmshop@montgomery.wales',     14, false, '2024-09-02', NULL, NULL),
 (17, 'Abergavenny Fine Foods',          'D', 'Abergavenny',      'orders@abergavennyfinefoods.com', 30, false, '2021-02-15', NULL, NULL),
 (18, 'Craven Arms Co-op',               'D', 'Craven Arms',      NULL,                            30, false, '2023-05-01', NULL, 'small orders, mostly the soft'),
 (19, 'Malvern Cheese Shop',             'D', 'Malvern',          'malverncheese@btinternet.com',  14, false, '2020-09-07', NULL, NULL),
 (20, 'Presteigne Provisions',           'D', 'Presteigne',       NULL,                            14, true,  '2022-11-01', NULL, 'on stop - owes since summer'),
 (21, 'Kington Deli',                    'D', 'Kington',          NULL,                            14, false, '2023-02-01', '2024-12-20', 'shut before Christmas 2024'),
 (22, 'Bridgnorth Delicatessen',         'D', 'Bridgnorth',       'info@bridgnorthdeli.co.uk',     14, false, '2021-07-19', NULL, NULL),
 (23, 'The Cheese Hatch',                'D', 'Llandrindod Wells', 'hatch@cheesehatch.wales',      14, false, '2026-11-20', NULL, 'new - first order due December'),
 (24, 'The Feathers Hotel',              'R', 'Ludlow',           'kitchen@feathersludlow.co.uk',  30, false, '2019-03-01', NULL, NULL),
 (25, 'The Castle Inn',                  'R', 'Bishops Castle',   NULL,                            30, false, '2020-05-01', NULL, NULL),
 (26, 'Riverside Bistro',                'R', 'Shrewsbury',       'chef@riversidebistro.co.uk',    30, false, '2021-10-01', NULL, NULL),
 (27, 'The Three Tuns',                  'R', 'Bishops Castle',   NULL,                            30, false, '2022-04-04', NULL, 'cheeseboard for the brewery tours'),
 (28, 'Mousetrap Tearooms',              'R', 'Leominster',       'mousetraptearooms@gmail.com',   30, true,  '2023-06-01', NULL, 'on stop'),
 (29, 'The Walled Garden Restaurant',    'R', 'Hay-on-Wye',       'bookings@walledgardenhay.co.uk', 30, false, '2025-04-01', NULL, NULL),
 (30, 'Old Bell Cafe',                   'R', 'Clun',             NULL,                            14, false, '2022-08-01', '2026-01-15', 'closed Jan 2026 - last orders cancelled'),
 (31, 'Ludlow Farmers Market',           'M', 'Ludlow',           NULL,                             0, false, '2019-01-01', NULL, '2nd and 4th Saturdays'),
 (32, 'Shrewsbury Farmers Market',       'M', 'Shrewsbury',       NULL,                             0, false, '2019-01-01', NULL, '1st and 3rd Saturdays'),
 (33, 'Hay Farmers Market',              'M', 'Hay-on-Wye',       NULL,                             0, false, '2021-01-01', NULL, 'Thursdays, fortnightly'),
 (34, 'Borough Market (guest pitch)',    'M', 'London',           NULL,                             0, false, '2023-03-01', NULL, 'guest pitch once a quarter'),
 (35, 'Ludlow Food Festival',            'M', 'Ludlow',           NULL,                             0, false, '2019-09-01', NULL, 'September, once a year');

-- how often each customer orders (generation only)
CREATE TEMP TABLE _cust_gen (cust_id integer, freq integer, first_dt date);
INSERT INTO _cust_gen VALUES
 (1, 12, '2024-02-15'), (2, 14, '2024-02-16'), (3, 21, '2024-02-20'), (4, 28, '2025-03-12'), (5, 16, '2024-02-19'),
 (6, 14, '2024-02-15'), (7, 21, '2024-02-17'), (8, 25, '2024-02-22'), (9, 35, '2024-02-26'), (10, 28, '2024-02-21'),
 (11, 40, '2024-02-28'), (12, 10, '2024-02-15'), (13, 30, '2024-02-19'), (14, 18, '2024-02-16'), (15, 45, '2024-03-04'),
 (16, 22, '2024-09-05'), (17, 26, '2024-02-23'), (18, 60, '2024-03-01'), (19, 20, '2024-02-20'), (20, 33, '2024-02-27'),
 (21, 50, '2024-02-29'), (22, 27, '2024-02-21'),
 (24, 10, '2024-02-15'), (25, 20, '2024-02-19'), (26, 15, '2024-02-16'), (27, 24, '2024-02-22'), (28, 30, '2024-02-26'),
 (29, 18, '2025-04-03'), (30, 45, '2024-03-05'),
 (31, 14, '2024-02-24'), (32, 14, '2024-02-17'), (33, 14, '2024-02-22'), (34, 91, '2024-03-23'), (35, 364, '2024-09-14');

INSERT INTO sales (id, cust_id, sale_dt, inv_ref, st, disc_pct, paid_dt, notes)
SELECT q.id, q.cust_id, q.sd,
       CASE WHEN q.cust_type = 'M' THEN NULL ELSE 'INV-' || to_char(q.sd, 'YY') || '-' || lpad(q.id::text, 4, '0') END,
       q.st,
       CASE WHEN q.cust_type = 'W' THEN 7.5
            WHEN q.cust_type = 'D' AND (q.id * 7) % 6 = 0 THEN 5.0
            ELSE 0 END,
       CASE WHEN q.st <> 'D' THEN NULL
            WHEN q.cust_type = 'M' THEN q.sd
            WHEN q.on_stop AND q.sd >= date '2026-06-01' THEN NULL
            WHEN (q.id * 23) % 41 = 7 THEN NULL
            WHEN q.sd + q.terms_days + (q.id * 13) % 21 - 8 > date '2026-11-30' THEN NULL
            ELSE q.sd + q.terms_days + (q.id * 13) % 21 - 8 END,
       CASE WHEN q.st = 'X' THEN CASE q.id % 3 WHEN 0 THEN 'cancelled - they over-ordered'
                                              WHEN 1 THEN 'cancelled by phone' ELSE 'cancelled - duplicate order' END
            WHEN q.cust_type = 'M' THEN 'stall takings'
            WHEN q.id % 19 = 0 THEN 'deliver before 10am please' END
FROM (
    SELECT p.*,
           CASE WHEN p.cust_type = 'M' THEN 'D'
                WHEN p.sd > date '2026-11-24' THEN 'O'
                WHEN (p.id * 17) % 29 = 3 THEN 'X'
                ELSE 'D' END AS st
    FROM (
        SELECT row_number() OVER (ORDER BY c2.sd, c2.cust_id)::int AS id, c2.*
        FROM (
            SELECT c.cust_id, c.cust_type, c.terms_days, c.on_stop, c.lapsed_dt,
                   CASE WHEN extract(isodow FROM c1.sd0) = 7 THEN c1.sd0 + 1 ELSE c1.sd0 END AS sd
            FROM customers c
            JOIN _cust_gen g ON g.cust_id = c.cust_id
            CROSS JOIN generate_series(0, 400) k
            CROSS JOIN LATERAL (SELECT g.first_dt + k * g.freq
                                       + CASE WHEN c.cust_type = 'M' THEN 0
                                              ELSE (c.cust_id * 31 + k * 17) % 5 - 2 END AS sd0) c1
        ) c2
        WHERE c2.sd >= date '2024-02-15' AND c2.sd <= date '2026-11-30'
          AND (c2.lapsed_dt IS NULL OR c2.sd <= c2.lapsed_dt)
    ) p
) q;

INSERT INTO sale_lines (id, sale_id, batch_id, sold_by, qty, unit_price)
SELECT row_number() OVER (ORDER BY r.sale_id, r.k), r.sale_id, r.batch_id, r.sold_by, r.qty, r.unit_price
FROM (
    SELECT s.id AS sale_id, k, bb.id AS batch_id, sb.sold_by,
           CASE WHEN sb.free THEN 1
                WHEN sb.sold_by = 'W' AND c.cust_type = 'W' THEN
                     CASE p.ch WHEN 1 THEN 4 + h % 9 WHEN 2 THEN 4 + h % 7 WHEN 3 THEN 6 + h % 15
                               WHEN 4 THEN 24 + h % 37 ELSE 4 + h % 9 END
                WHEN sb.sold_by = 'W' THEN
                     CASE p.ch WHEN 1 THEN 1 WHEN 2 THEN 1 + h % 2 WHEN 3 THEN 1 + h % 4
                               WHEN 4 THEN CASE WHEN c.cust_type = 'M' THEN 10 + h % 30 ELSE 4 + h % 12 END
                               ELSE 1 + h % 3 END
                WHEN c.cust_type = 'M' THEN 3.0 + (h % 221) / 10.0
                WHEN c.cust_type = 'R' THEN 1.0 + (h % 41) / 10.0
                ELSE 2.0 + (h % 101) / 10.0 END AS qty,
           CASE WHEN sb.free THEN 0
                WHEN sb.sold_by = 'W' THEN round(ch.wheel_price * yf, 2)
                ELSE round(ch.kg_price * yf * CASE WHEN c.cust_type = 'M' THEN 1.45 ELSE 1 END, 2) END AS unit_price
    FROM sales s
    JOIN customers c ON c.cust_id = s.cust_id
    CROSS JOIN LATERAL generate_series(1, CASE c.cust_type WHEN 'M' THEN 4 WHEN 'W' THEN 1 + s.id % 3
                                                           ELSE 1 + (s.id * 7) % 3 END) k
    CROSS JOIN LATERAL (SELECT s.id * 13 + k * 7 AS h,
                               CASE extract(year FROM s.sale_dt) WHEN 2024 THEN 1.00 WHEN 2025 THEN 1.05 ELSE 1.10 END AS yf,
                               CASE WHEN k = 1 AND s.sale_dt < date '2025-05-01' AND s.id % 5 = 0 THEN 5
                                    ELSE (s.id * 3 + k) % 4 + 1 END AS ch) p
    JOIN cheese ch ON ch.id = p.ch
    CROSS JOIN LATERAL (SELECT CASE WHEN c.cust_type = 'W' THEN 'W'
                                    WHEN p.ch = 4 THEN 'W'
                                    WHEN c.cust_type = 'D' AND (p.ch = 3 OR (s.id + k) % 3 = 0) THEN 'W'
                                    ELSE 'K' END AS sold_by,
                               (c.cust_type = 'D' AND p.ch = 4 AND s.id % 23 = 5) AS free) sb
    JOIN LATERAL (SELECT b.id FROM batch b JOIN gradings g ON g.batch_id = b.id
                  WHERE b.cheese_id = p.ch AND g.grade <> 'R' AND g.grade_dt <= s.sale_dt
                    AND (b.cave_out_dt IS NULL OR b.cave_out_dt >= s.sale_dt)
                  ORDER BY (b.id * 7 + s.id) % 13, b.id
                  LIMIT 1) bb ON true
) r;

-- nothing to send yet in the very first weeks for some orders: drop empty ones
DELETE FROM sales s WHERE NOT EXISTS (SELECT 1 FROM sale_lines l WHERE l.sale_id = s.id);

-- Old Bell Cafe closed: its January 2026 orders were cancelled
UPDATE sales SET st = 'X', paid_dt = NULL, notes = 'cancelled - cafe closed'
WHERE cust_id = 30 AND sale_dt >= date '2026-01-01';

INSERT INTO show_entries (id, batch_id, show_nm, show_dt, class_nm, place, award, entry_fee_amt)
SELECT e.id, e.batch_id, e.show_nm, e.show_dt, e.class_nm, e.place,
       CASE WHEN e.place = 1 AND e.cheese_id = 3 THEN 'Best Blue in Show'
            WHEN e.place = 1 AND e.cheese_id = 1 AND e.show_nm LIKE 'Nantwich%' THEN 'Reserve Champion'
            WHEN e.place = 1 AND e.cheese_id = 4 AND e.show_nm LIKE 'World%' THEN 'Super Gold' END,
       CASE WHEN e.show_nm LIKE 'World%' THEN 38.00 WHEN e.show_nm LIKE 'Frome%' THEN 0.00 ELSE 21.50 END
FROM (
    SELECT d.*,
           CASE (d.id * 41 + d.cheese_id * 7) % 10 WHEN 0 THEN 1 WHEN 1 THEN 2 WHEN 2 THEN 2 WHEN 3 THEN 3 END AS place
    FROM (
        SELECT row_number() OVER (ORDER BY sh.dt, ch.id)::int AS id, bb.id AS batch_id, sh.nm AS show_nm, sh.dt AS show_dt,
               ch.id AS cheese_id,
               CASE ch.id WHEN 1 THEN 'Traditional Cheddar, any age' WHEN 2 THEN 'Red Leicester'
                          WHEN 3 THEN 'Blue veined, any milk' WHEN 4 THEN 'Soft white mould'
                          ELSE 'Smoked cheese' END AS class_nm
        FROM (VALUES ('Royal Bath & West Show', date '2024-05-29'), ('Great Yorkshire Show', date '2024-07-09'),
                     ('Nantwich International Cheese Awards', date '2024-07-27'), ('Frome Cheese Show', date '2024-09-14'),
                     ('World Cheese Awards', date '2024-11-16'),
                     ('Royal Bath & West Show', date '2025-05-28'), ('Great Yorkshire Show', date '2025-07-08'),
                     ('Nantwich International Cheese Awards', date '2025-07-26'), ('Frome Cheese Show', date '2025-09-13'),
                     ('World Cheese Awards', date '2025-11-13'),
                     ('Royal Bath & West Show', date '2026-05-27'), ('Great Yorkshire Show', date '2026-07-14'),
                     ('Nantwich International Cheese Awards', date '2026-07-25'), ('Frome Cheese Show', date '2026-09-12'),
                     ('World Cheese Awards', date '2026-11-14')) sh(nm, dt)
        CROSS JOIN cheese ch
        JOIN LATERAL (SELECT b.id FROM batch b JOIN gradings g ON g.batch_id = b.id
                      WHERE b.cheese_id = ch.id AND g.grade = 'A' AND g.grade_dt <= sh.dt - 10
                      ORDER BY g.grade_dt DESC LIMIT 1) bb ON true
        WHERE (ch.current OR sh.dt < date '2025-01-01')
          AND (ch.id * 7 + extract(doy FROM sh.dt)::int) % 10 < 8
    ) d
) e;

INSERT INTO write_offs (id, batch_id, wo_dt, wheels_lost, cause, est_value_amt, notes)
SELECT row_number() OVER (ORDER BY w.wo_dt, w.batch_id), w.batch_id, w.wo_dt, w.wheels_lost, w.cause, w.est, w.notes
FROM (
    -- whole batches rejected at grading
    SELECT g.batch_id, g.grade_dt + 3 AS wo_dt, b.wheels_made AS wheels_lost, 'R' AS cause,
           CASE WHEN b.id % 5 = 0 THEN 0.00 ELSE round(b.wheels_made * ch.wheel_price * 0.45, 2) END AS est,
           CASE WHEN b.id % 5 = 0 THEN 'rejected - ' || g.notes || '; went for pig feed, no value'
                ELSE 'rejected - ' || g.notes END AS notes
    FROM gradings g JOIN batch b ON b.id = g.batch_id JOIN cheese ch ON ch.id = b.cheese_id
    WHERE g.grade = 'R'
    UNION ALL
    -- losses in the caves
    SELECT b.id,
           b.make_dt + CASE cz.cause WHEN 'M' THEN 120 + b.id % 60 WHEN 'C' THEN 25 + b.id % 20
                                     WHEN 'W' THEN 12 + b.id % 20 ELSE 10 + b.id % 50 END,
           least(b.wheels_made, CASE ch.id WHEN 4 THEN 5 + b.id % 16 WHEN 3 THEN 2 + b.id % 5 ELSE 1 + b.id % 3 END),
           cz.cause,
           CASE WHEN cz.cause = 'O' AND b.id % 4 = 0 THEN 0.00
                ELSE round(least(b.wheels_made, CASE ch.id WHEN 4 THEN 5 + b.id % 16 WHEN 3 THEN 2 + b.id % 5 ELSE 1 + b.id % 3 END)
                           * ch.wheel_price * 0.45, 2) END,
           CASE cz.cause WHEN 'M' THEN 'mites got into the rind'
                         WHEN 'C' THEN 'cracked along the side'
                         WHEN 'W' THEN 'black spot / wrong mould'
                         ELSE CASE WHEN b.id % 4 = 0 THEN 'dropped - went to the staff room' ELSE 'dropped off the shelf' END END
    FROM batch b JOIN cheese ch ON ch.id = b.cheese_id
    CROSS JOIN LATERAL (SELECT CASE WHEN ch.style = 'H' THEN CASE b.id % 3 WHEN 0 THEN 'M' WHEN 1 THEN 'C' ELSE 'O' END
                                    ELSE CASE b.id % 2 WHEN 0 THEN 'W' ELSE 'O' END END AS cause) cz
    WHERE b.wheels_made > 0 AND (b.id * 29) % 11 = 3
      AND NOT EXISTS (SELECT 1 FROM gradings g WHERE g.batch_id = b.id AND g.grade = 'R')
    UNION ALL
    SELECT (SELECT b.id FROM batch b WHERE b.cheese_id = 1 AND b.make_dt < date '2025-09-01'
              AND NOT EXISTS (SELECT 1 FROM gradings g WHERE g.batch_id = b.id AND g.grade = 'R')
            ORDER BY b.make_dt DESC LIMIT 1),
           date '2025-12-31', 2, 'M', round(2 * 262.00 * 0.45, 2), 'year-end cave check - mites on two wheels'
    UNION ALL
    SELECT (SELECT b.id FROM batch b WHERE b.cheese_id = 2 AND b.make_dt < date '2025-11-01'
              AND NOT EXISTS (SELECT 1 FROM gradings g WHERE g.batch_id = b.id AND g.grade = 'R')
            ORDER BY b.make_dt DESC LIMIT 1),
           date '2026-01-01', 1, 'C', round(1 * 128.00 * 0.45, 2), 'New Year''s Day turn - split wheel'
) w
WHERE w.wo_dt <= date '2026-11-30';

DROP TABLE _cust_gen;

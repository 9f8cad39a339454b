-- Lower Barn Mushrooms - the farm database (PostgreSQL).
-- We grow gourmet mushrooms indoors in the old dairy at Lower Barn: grey, pink and golden
-- oyster, shiitake and lion's mane, all in bags, across four grow rooms (the old parlour,
-- the calf shed, the hay loft and the dairy end). Every batch of bags gets a ref like B26-041
-- when it is inoculated; it colonises, goes into fruiting, and we pick it over two or three
-- flushes before the spent bags go on the compost. Every pick is weighed and graded:
-- A (restaurant quality), B (fine for cooking) or S (seconds, for soup and drying).
-- Bags that go bad are binned and we write down why. Restaurants, shops, market stalls and
-- two wholesalers buy from us, either on a standing order (same thing every week or
-- fortnight) or as one-off orders. Deliveries go out on the two vans. Anyone on account gets
-- invoiced and pays when they pay; market traders pay cash on the day.
-- The rooms are checked three times a day (logger at 7am and 7pm, clipboard walk-round at 1pm
-- on weekdays) for temperature, humidity and CO2.
-- Data runs from January 2024 to 30 November 2026.

DROP TABLE IF EXISTS room_readings;
DROP TABLE IF EXISTS deliveries;
DROP TABLE IF EXISTS order_lines;
DROP TABLE IF EXISTS orders;
DROP TABLE IF EXISTS standing_orders;
DROP TABLE IF EXISTS vans;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS bag_losses;
DROP TABLE IF EXISTS harvests;
DROP TABLE IF EXISTS batches;
DROP TABLE IF EXISTS grow_room;
DROP TABLE IF EXISTS varieties;

-- ---------------------------------------------------------------------------------------
CREATE TABLE varieties (
    variety_id      integer PRIMARY KEY,
    name            text NOT NULL,
    latin_name      text,
    colonise_days   integer NOT NULL,
    pick_days       integer NOT NULL,
    flush_gap_days  integer NOT NULL,
    price_kg_a      numeric(6,2) NOT NULL,
    price_kg_b      numeric(6,2) NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    notes           text
);
COMMENT ON TABLE varieties IS 'The mushrooms we grow (or are trialling), with our rule-of-thumb timings and this year''s price list.';
COMMENT ON COLUMN varieties.colonise_days IS 'Roughly how many days from inoculation until the bags are fully run and can go into fruiting';
COMMENT ON COLUMN varieties.pick_days IS 'Days from moving into fruiting to the first pick';
COMMENT ON COLUMN varieties.flush_gap_days IS 'Days between one flush and the next';
COMMENT ON COLUMN varieties.price_kg_a IS 'List price per kg for A grade, 2026 (was 1.50 less in 2024 and 0.50 less in 2025)';
COMMENT ON COLUMN varieties.price_kg_b IS 'List price per kg for B grade, 2026 (same rises as A grade)';
COMMENT ON COLUMN varieties.active IS 'False = not growing it at the moment';

INSERT INTO varieties VALUES
 (1, 'Grey oyster',   'Pleurotus ostreatus',     16, 6, 14, 12.00,  8.00, true,  'Bread and butter. Most of the standing orders.'),
 (2, 'Pink oyster',   'Pleurotus djamor',        12, 5, 12, 15.00, 10.00, false, 'Summer only - needs the warm room, does not keep.'),
 (3, 'Golden oyster', 'Pleurotus citrinopileatus', 14, 6, 13, 15.00, 10.00, true, NULL),
 (4, 'Shiitake',      'Lentinula edodes',        70, 10, 21, 16.00, 11.00, true, 'Long colonisation, soak blocks between flushes.'),
 (5, 'Lion''s mane',  'Hericium erinaceus',      20, 9, 12, 22.00, 15.00, true, 'Chefs love it. Bruises easily.'),
 (6, 'Chestnut',      'Pholiota adiposa',        30, 8, 14, 18.00, 12.00, true, 'Trial from Dec 2026 - spawn ordered, nothing inoculated yet.');

-- ---------------------------------------------------------------------------------------
CREATE TABLE grow_room (
    room_id     integer PRIMARY KEY,
    code        text NOT NULL UNIQUE,
    name        text NOT NULL,
    max_bags    integer NOT NULL,
    misting     boolean NOT NULL,
    notes       text
);
COMMENT ON TABLE grow_room IS 'The four grow rooms in the old dairy buildings.';
COMMENT ON COLUMN grow_room.code IS 'Short code painted on the door (GR1 to GR4)';
COMMENT ON COLUMN grow_room.max_bags IS 'How many bags fit on the racks';
COMMENT ON COLUMN grow_room.misting IS 'True = has the ultrasonic misting system fitted, false = humidified by hand';

INSERT INTO grow_room VALUES
 (1, 'GR1', 'Old parlour', 420, true,  NULL),
 (2, 'GR2', 'Calf shed',   300, true,  'Drafty door, keep an eye on humidity'),
 (3, 'GR3', 'Hay loft',    260, false, 'Runs warmer - pink and golden go here when we can'),
 (4, 'GR4', 'Dairy end',   360, true,  'CO2 logger died March 2025, replaced April');

-- ---------------------------------------------------------------------------------------
CREATE TABLE batches (
    batch_id    integer PRIMARY KEY,
    batch_ref   text NOT NULL UNIQUE,
    variety_id  integer NOT NULL REFERENCES varieties(variety_id),
    room_id     integer NOT NULL REFERENCES grow_room(room_id),
    inoc_dt     date NOT NULL,
    fruit_dt    date,
    closed_dt   date,
    bag_qty     integer NOT NULL,
    substrate   char(1) NOT NULL,
    spawn_cost  numeric(8,2) NOT NULL,
    notes       text
);
COMMENT ON TABLE batches IS 'One row per batch of bags inoculated together. Everything in a batch is the same variety and sits in the same room.';
COMMENT ON COLUMN batches.batch_ref IS 'Our batch number: B + year + running number in that year, e.g. B25-017';
COMMENT ON COLUMN batches.inoc_dt IS 'Date the bags were inoculated with spawn';
COMMENT ON COLUMN batches.fruit_dt IS 'Date the batch was moved into fruiting. NULL = still colonising (or binned before it ever fruited)';
COMMENT ON COLUMN batches.closed_dt IS 'Date the batch was finished with and the bags went on the compost. NULL = batch still going';
COMMENT ON COLUMN batches.bag_qty IS 'Number of bags made up in the batch';
COMMENT ON COLUMN batches.substrate IS 'What the bags are made of: S = pasteurised straw, H = hardwood sawdust, M = masters mix (sawdust and soy hulls), C = spent coffee grounds';
COMMENT ON COLUMN batches.spawn_cost IS 'What the spawn for the batch cost us, GBP';

INSERT INTO batches (batch_id, batch_ref, variety_id, room_id, inoc_dt, fruit_dt, closed_dt, bag_qty, substrate, spawn_cost, notes)
WITH b AS (
    SELECT i,
           date '2024-01-02' + ((i - 1) * 355 / 100) AS inoc,
           CASE i % 10 WHEN 3 THEN CASE WHEN extract(month FROM date '2024-01-02' + ((i - 1) * 355 / 100)) BETWEEN 4 AND 8
                                          THEN 2 ELSE 1 END
                       WHEN 4 THEN 3 WHEN 5 THEN 4 WHEN 6 THEN 4
                       WHEN 7 THEN 5 WHEN 8 THEN 5 ELSE 1 END AS v,
           ((i * 7 + i / 5) % 4) + 1 AS r,
           40 + (i * 37 % 61) AS bags,
           (i % 47 = 11 OR i % 61 = 29) AS lost,
           CASE WHEN i % 6 = 0 THEN 2 ELSE 3 END AS nflush
    FROM generate_series(1, 300) AS i
), b2 AS (
    SELECT b.*, vt.pick_days, vt.flush_gap_days,
           b.inoc + vt.colonise_days + (b.i * 13 % 7) AS fruit_calc
    FROM b JOIN varieties vt ON vt.variety_id = b.v
), b3 AS (
    SELECT b2.*,
           CASE WHEN lost THEN NULL
                WHEN fruit_calc <= date '2026-11-30' THEN fruit_calc END AS fruit
    FROM b2
), b4 AS (
    SELECT b3.*,
           CASE WHEN lost THEN inoc + 9 + (i % 12)
                WHEN fruit IS NOT NULL
                     AND fruit + pick_days + flush_gap_days * (nflush - 1) + 2 + (i % 4) <= date '2026-11-30'
                THEN fruit + pick_days + flush_gap_days * (nflush - 1) + 2 + (i % 4) END AS closed
    FROM b3
)
SELECT i,
       'B' || to_char(inoc, 'YY') || '-' ||
           lpad((row_number() OVER (PARTITION BY extract(year FROM inoc) ORDER BY i))::text, 3, '0'),
       v, r, inoc, fruit, closed, bags,
       CASE WHEN v = 4 THEN 'H' WHEN v = 5 THEN 'M' WHEN i % 7 = 0 THEN 'C' ELSE 'S' END,
       round(bags * CASE v WHEN 4 THEN 0.95 WHEN 5 THEN 0.85 ELSE 0.60 END
                  * (100 + (i * 19 % 21)) / 100.0, 2),
       CASE WHEN lost THEN 'Whole batch lost in colonisation - binned'
            WHEN i % 7 = 0 AND v NOT IN (4, 5) THEN 'Coffee grounds from Bean There cafe'
            WHEN i % 53 = 17 THEN 'New spawn supplier, trial' END
FROM b4;

-- ---------------------------------------------------------------------------------------
CREATE TABLE harvests (
    harvest_id  integer PRIMARY KEY,
    batch_id    integer NOT NULL REFERENCES batches(batch_id),
    harvest_dt  date NOT NULL,
    flush_no    smallint NOT NULL,
    grade       char(1) NOT NULL,
    kg          numeric(7,2) NOT NULL,
    picked_by   text NOT NULL,
    notes       text
);
COMMENT ON TABLE harvests IS 'Every pick, weighed on the bench scale. One row per batch, per flush, per grade.';
COMMENT ON COLUMN harvests.flush_no IS 'Which flush of the batch this pick came from (1 = first flush)';
COMMENT ON COLUMN harvests.grade IS 'Grade: A = restaurant quality, B = cooking grade, S = seconds (soup, drying, staff)';
COMMENT ON COLUMN harvests.kg IS 'Weight picked, kg';
COMMENT ON COLUMN harvests.picked_by IS 'Initials of whoever picked';

INSERT INTO harvests (harvest_id, batch_id, harvest_dt, flush_no, grade, kg, picked_by, notes)
WITH p AS (
    SELECT b.batch_id, b.variety_id, b.bag_qty, f, g.grade, g.gi, g.share,
           b.fruit_dt + v.pick_days + v.flush_gap_days * (f - 1) AS dt,
           CASE f WHEN 1 THEN 0.70 WHEN 2 THEN 0.40 ELSE 0.20 END
             * CASE b.variety_id WHEN 1 THEN 1.10 WHEN 2 THEN 0.80 WHEN 3 THEN 0.75
                                 WHEN 4 THEN 0.90 ELSE 0.85 END AS per_bag
    FROM batches b
    JOIN varieties v ON v.variety_id = b.variety_id
    CROSS JOIN generate_series(1, 3) AS f
    CROSS JOIN (VALUES ('A', 1, 0.70), ('B', 2, 0.22), ('S', 3, 0.08)) AS g(grade, gi, share)
    WHERE b.fruit_dt IS NOT NULL
      AND f <= CASE WHEN b.batch_id % 6 = 0 THEN 2 ELSE 3 END
      AND (g.grade <> 'S' OR (b.batch_id + f) % 3 = 0)
)
SELECT row_number() OVER (ORDER BY dt, batch_id, f, gi),
       batch_id, dt, f, grade,
       round(bag_qty * per_bag * share * (85 + (batch_id * 7 + f * 11 + gi * 5) % 31) / 100.0, 2),
       (ARRAY['JH', 'MK', 'SP'])[1 + (batch_id * 3 + f + gi) % 3],
       CASE WHEN grade = 'S' AND (batch_id * 5 + f) % 7 = 0 THEN 'went to the dehydrator' END
FROM p
WHERE dt <= date '2026-11-30';

-- The third flush of one batch in summer 2025 came to nothing but seconds; it was still logged, as zero.
UPDATE harvests SET kg = 0, notes = 'third flush never came - nothing worth picking'
WHERE harvest_id = (SELECT min(harvest_id) FROM harvests
                    WHERE grade = 'S' AND flush_no = 3 AND harvest_dt >= date '2025-06-01');

-- ---------------------------------------------------------------------------------------
CREATE TABLE bag_losses (
    loss_id      integer PRIMARY KEY,
    batch_id     integer NOT NULL REFERENCES batches(batch_id),
    binned_dt    date NOT NULL,
    bags_binned  integer NOT NULL,
    reason_cd    char(1) NOT NULL,
    notes        text
);
COMMENT ON TABLE bag_losses IS 'Bags we had to throw out before the batch was finished, and why.';
COMMENT ON COLUMN bag_losses.bags_binned IS 'How many bags went in the bin';
COMMENT ON COLUMN bag_losses.reason_cd IS 'Why: C = contaminated (trich / green mould, cobweb, black mould), B = bacterial blotch, D = dried out or stalled, P = pests (flies, mites), O = other (split, dropped, etc.)';

INSERT INTO bag_losses (loss_id, batch_id, binned_dt, bags_binned, reason_cd, notes)
WITH l AS (
    -- whole batches lost
    SELECT b.batch_id, b.closed_dt AS dt, b.bag_qty AS bags, 'C' AS reason, 1 AS k,
           'whole batch - green mould right through' AS notes
    FROM batches b
    WHERE b.fruit_dt IS NULL AND b.closed_dt IS NOT NULL
    UNION ALL
    SELECT b.batch_id, b.inoc_dt + 8 + ((b.batch_id * 17 + k * 29) % 40),
           1 + ((b.batch_id * 11 + k * 5) % 6),
           CASE WHEN (b.batch_id * 31 + k * 17) % 20 < 9 THEN 'C'
                WHEN (b.batch_id * 31 + k * 17) % 20 < 12 THEN 'B'
                WHEN (b.batch_id * 31 + k * 17) % 20 < 15 THEN 'D'
                WHEN (b.batch_id * 31 + k * 17) % 20 < 18 THEN 'P'
                ELSE 'O' END,
           k,
           CASE WHEN (b.batch_id * 31 + k * 17) % 20 < 9 AND b.batch_id % 4 = 1 THEN 'trich'
                WHEN (b.batch_id * 31 + k * 17) % 20 < 9 AND b.batch_id % 4 = 2 THEN 'cobweb'
                WHEN (b.batch_id * 31 + k * 17) % 20 >= 18 THEN 'bag split on the rack' END
    FROM batches b
    CROSS JOIN generate_series(1, 2) AS k
    WHERE NOT (b.fruit_dt IS NULL AND b.closed_dt IS NOT NULL)
      AND ((k = 1 AND b.batch_id % 5 <> 0) OR (k = 2 AND b.batch_id % 3 = 0))
      AND b.inoc_dt + 8 + ((b.batch_id * 17 + k * 29) % 40) <= coalesce(b.closed_dt, date '2026-11-30')
)
SELECT row_number() OVER (ORDER BY dt, batch_id, k), batch_id, dt, bags, reason, notes
FROM l;

-- ---------------------------------------------------------------------------------------
CREATE TABLE customers (
    cust_id      integer PRIMARY KEY,
    name         text NOT NULL,
    cust_type    char(1) NOT NULL,
    town         text NOT NULL,
    contact      text,
    phone        text,
    email        text,
    on_account   boolean NOT NULL,
    disc_pct     numeric(4,1) NOT NULL DEFAULT 0,
    active       boolean NOT NULL DEFAULT true,
    since_dt     date NOT NULL,
    notes        text
);
COMMENT ON TABLE customers IS 'Everyone we sell to.';
COMMENT ON COLUMN customers.cust_type IS 'Type: R = restaurant, cafe or pub kitchen, M = market stall, S = shop, deli or greengrocer, W = wholesaler or veg box scheme';
COMMENT ON COLUMN customers.on_account IS 'True = we invoice them and they pay later; false = cash (or card) on delivery';
COMMENT ON COLUMN customers.disc_pct IS 'Agreed trade discount in percent, copied onto each order';
COMMENT ON COLUMN customers.active IS 'False = stopped buying from us / closed down';
COMMENT ON COLUMN customers.since_dt IS 'When they first started buying';

INSERT INTO customers VALUES
 ( 1, 'The Old Forge',              'R', 'Ludlow',          'Sam Price',      '01584 771203', 'kitchen@oldforgeludlow.co.uk', true,  0,   true,  '2024-01-15', NULL),
 ( 2, 'Saffron & Thyme',            'R', 'Shrewsbury',      'Priya Nair',     '01743 220915', 'priya@saffronandthyme.co.uk',  true,  0,   true,  '2024-01-08', NULL),
 ( 3, 'Bistro Nord',                'R', 'Ludlow',          'Lars Eriksen',   '01584 770118', 'hello@bistronord.uk',          true,  0,   true,  '2024-03-20', NULL),
 ( 4, 'The Kitchen at Hopton',      'R', 'Hopton Wafers',   'Becky Lowe',     '01299 270334', NULL,                           true,  0,   true,  '2024-05-02', 'Back door, ring the bell'),
 ( 5, 'Wok This Way',               'R', 'Shrewsbury',      'Danny Chen',     '01743 351090', 'danny@wokthisway.co.uk',       true,  5,   true,  '2024-01-05', 'Takes B grade for stir fry'),
 ( 6, 'Cafe Lune',                  'R', 'Church Stretton', 'Amelie Roux',    '01694 722561', 'cafelune@gmail.com',           false, 0,   true,  '2024-02-12', 'Pays by card on the doorstep'),
 ( 7, 'The Feathers Hotel',         'R', 'Ludlow',          'Head chef',      '01584 875261', 'chef@feathersludlow.co.uk',    true,  0,   true,  '2024-04-25', NULL),
 ( 8, 'Umami Noodle Bar',           'R', 'Telford',         'Ken Watanabe',   '01952 600417', 'ken@umaminoodle.co.uk',        true,  5,   true,  '2024-08-28', NULL),
 ( 9, 'Green Table',                'R', 'Bridgnorth',      'Holly Marsh',    '01746 768002', 'holly@greentable.cafe',        true,  0,   true,  '2024-02-01', 'Vegan place'),
 (10, 'Pizzeria Rossi',             'R', 'Shrewsbury',      'Marco Rossi',    '01743 244870', NULL,                           true,  0,   false, '2024-02-05', 'Closed down summer 2025'),
 (11, 'The Plough Inn',             'R', 'Clun',            'Gareth Jones',   '01588 640211', 'ploughclun@btinternet.com',    true,  0,   true,  '2024-06-10', NULL),
 (12, 'Hari''s Kitchen',            'R', 'Telford',         'Hari Patel',     '01952 588123', 'harikitchen@outlook.com',      true,  0,   true,  '2025-01-20', 'Slow payer - chase'),
 (13, 'Pete''s Veg (Ludlow market)', 'M', 'Ludlow',         'Pete Harding',   '07700 900412', NULL,                           false, 0,   true,  '2024-01-03', 'Saturdays'),
 (14, 'Wild & Foraged',             'M', 'Shrewsbury',      'Nina Ford',      '07700 900733', 'nina@wildandforaged.co.uk',    false, 0,   true,  '2024-02-28', NULL),
 (15, 'The Mushroom Man',           'M', 'Bridgnorth',      'Alan Moss',      '07700 900158', NULL,                           false, 0,   true,  '2024-04-10', 'Sunday market too'),
 (16, 'Stretton Farmers Market',    'M', 'Church Stretton', 'Jo Bright',      '07700 900690', 'jo.bright@strettonfm.org',     false, 0,   false, '2024-03-01', 'Market folded end of 2025'),
 (17, 'Deli on the Square',         'S', 'Ludlow',          'Ruth Ellis',     '01584 878456', 'ruth@delionthesquare.co.uk',   true,  5,   true,  '2024-06-20', NULL),
 (18, 'Harvest Wholefoods',         'S', 'Shrewsbury',      'Tom Baker',      '01743 366019', 'orders@harvestwholefoods.uk',  true,  5,   true,  '2024-01-22', NULL),
 (19, 'Broad Street Greengrocer',   'S', 'Ludlow',          'Mike Dale',      '01584 872390', NULL,                           true,  5,   true,  '2024-09-09', NULL),
 (20, 'Stretton Deli',              'S', 'Church Stretton', 'Anna Webb',      '01694 723007', 'anna@strettondeli.co.uk',      true,  7.5, true,  '2025-03-03', NULL),
 (21, 'Marches Fresh Produce Ltd',  'W', 'Hereford',        'Accounts',       '01432 355800', 'accounts@marchesfresh.co.uk',  true,  10,  true,  '2024-01-02', 'Monday collection from their hub'),
 (22, 'Shropshire Veg Box Co',      'W', 'Craven Arms',     'Lucy Hale',      '01588 673244', 'lucy@shropshirevegbox.co.uk',  true,  10,  true,  '2024-09-25', NULL),
 (23, 'The Lion Bar',               'R', 'Bishop''s Castle', 'Ed Turner',     '01588 638100', 'ed@thelionbar.co.uk',          true,  0,   true,  '2026-11-24', 'New - first order due December'),
 (24, 'Corve Street Cafe',          'R', 'Ludlow',          'Sophie Hill',    '01584 879902', NULL,                           false, 0,   true,  '2025-06-02', NULL),
 (25, 'Bean There',                 'R', 'Craven Arms',     'Raj Singh',      '01588 672071', 'beanthere@gmail.com',          false, 0,   false, '2024-01-10', 'Gives us coffee grounds. Stopped buying Sept 2025');

-- ---------------------------------------------------------------------------------------
CREATE TABLE vans (
    van_id      integer PRIMARY KEY,
    reg_no      text NOT NULL,
    nickname    text NOT NULL,
    make_model  text,
    chilled     boolean NOT NULL,
    bought_dt   date,
    mot_due     date,
    notes       text
);
COMMENT ON TABLE vans IS 'Our two delivery vans.';
COMMENT ON COLUMN vans.chilled IS 'True = has the fridge unit in the back';

INSERT INTO vans VALUES
 (1, 'WF19 KXP', 'Big van',  'Ford Transit Custom (chiller)', true,  '2023-11-14', '2027-03-01', NULL),
 (2, 'WK16 OPD', 'Berlingo', 'Citroen Berlingo',             false, '2021-06-30', '2026-12-19', 'Cool boxes only - watch it in summer');

-- ---------------------------------------------------------------------------------------
CREATE TABLE standing_orders (
    so_id        integer PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES customers(cust_id),
    variety_id   integer NOT NULL REFERENCES varieties(variety_id),
    grade        char(1) NOT NULL,
    kg_per_drop  numeric(5,2) NOT NULL,
    drop_day     smallint NOT NULL,
    freq         char(1) NOT NULL,
    start_dt     date NOT NULL,
    end_dt       date
);
COMMENT ON TABLE standing_orders IS 'Regular orders: the same mushrooms on the same day every week or fortnight. The order book raises an order for each drop automatically two days before.';
COMMENT ON COLUMN standing_orders.grade IS 'Grade they want: A = restaurant quality, B = cooking grade';
COMMENT ON COLUMN standing_orders.kg_per_drop IS 'Kg per delivery';
COMMENT ON COLUMN standing_orders.drop_day IS 'Delivery day of the week, 1 = Monday ... 7 = Sunday';
COMMENT ON COLUMN standing_orders.freq IS 'How often: W = every week, F = every fortnight';
COMMENT ON COLUMN standing_orders.end_dt IS 'Last drop. NULL = still running';

INSERT INTO standing_orders (so_id, cust_id, variety_id, grade, kg_per_drop, drop_day, freq, start_dt, end_dt)
SELECT so_id, cust_id, variety_id, grade, kg, extract(isodow FROM start_dt)::smallint, freq, start_dt, end_dt
FROM (VALUES
 ( 1,  1, 1, 'A',  3.00, 'W', date '2024-02-06', NULL::date),
 ( 2,  1, 5, 'A',  1.50, 'W', date '2024-03-01', NULL),
 ( 3,  2, 4, 'A',  2.00, 'W', date '2024-01-10', date '2025-08-27'),
 ( 4,  3, 1, 'A',  2.50, 'W', date '2024-04-04', NULL),
 ( 5,  5, 1, 'B',  5.00, 'W', date '2024-01-09', NULL),
 ( 6,  5, 4, 'B',  3.00, 'W', date '2024-06-07', NULL),
 ( 7,  7, 5, 'A',  2.00, 'F', date '2024-05-02', date '2026-03-26'),
 ( 8,  8, 4, 'A',  4.00, 'W', date '2024-09-02', NULL),
 ( 9,  8, 3, 'A',  1.00, 'F', date '2025-05-05', date '2025-10-27'),
 (10, 10, 1, 'A',  2.00, 'W', date '2024-02-07', date '2025-05-28'),
 (11, 13, 1, 'B',  8.00, 'W', date '2024-01-06', NULL),
 (12, 13, 2, 'A',  2.00, 'W', date '2024-05-04', date '2024-09-28'),
 (13, 14, 5, 'A',  3.00, 'W', date '2024-03-02', NULL),
 (14, 17, 1, 'A',  4.00, 'W', date '2024-07-04', NULL),
 (15, 21, 1, 'B', 15.00, 'W', date '2024-01-08', NULL),
 (16, 21, 4, 'A',  6.00, 'W', date '2025-01-06', NULL),
 (17, 22, 1, 'A',  5.00, 'W', date '2024-10-02', date '2026-06-24'),
 (18,  2, 5, 'A',  1.50, 'W', date '2025-09-03', NULL),
 (19, 12, 4, 'A',  2.00, 'F', date '2025-02-11', NULL),
 (20, 15, 2, 'A',  2.00, 'W', date '2025-05-03', date '2025-09-27'),
 (21,  9, 5, 'A',  1.00, 'F', date '2026-02-06', NULL),
 (22,  6, 1, 'A',  1.50, 'W', date '2026-11-05', NULL)
) AS s(so_id, cust_id, variety_id, grade, kg, freq, start_dt, end_dt);

-- ---------------------------------------------------------------------------------------
CREATE TABLE orders (
    order_id    integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES customers(cust_id),
    so_id       integer REFERENCES standing_orders(so_id),
    order_dt    date NOT NULL,
    deliver_dt  date NOT NULL,
    st          char(1) NOT NULL,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    paid_dt     date,
    notes       text
);
COMMENT ON TABLE orders IS 'Every order, whether raised from a standing order or a one-off phone/email order.';
COMMENT ON COLUMN orders.so_id IS 'The standing order this drop belongs to. NULL = one-off order';
COMMENT ON COLUMN orders.deliver_dt IS 'Day the customer wants it';
COMMENT ON COLUMN orders.st IS 'Status: N = new, not gone out yet, D = delivered, S = delivered short (we could not pick enough), X = cancelled';
COMMENT ON COLUMN orders.disc_pct IS 'Discount in percent taken off the whole order';
COMMENT ON COLUMN orders.paid_dt IS 'Date the money came in. NULL = not paid yet';

CREATE TABLE order_lines (
    line_id     integer PRIMARY KEY,
    order_id    integer NOT NULL REFERENCES orders(order_id),
    variety_id  integer NOT NULL REFERENCES varieties(variety_id),
    grade       char(1) NOT NULL,
    qty_kg      numeric(6,2) NOT NULL,
    price_kg    numeric(6,2) NOT NULL
);
COMMENT ON TABLE order_lines IS 'What is on each order.';
COMMENT ON COLUMN order_lines.grade IS 'A = restaurant quality, B = cooking grade';
COMMENT ON COLUMN order_lines.qty_kg IS 'Kg ordered (for short deliveries, what actually went)';
COMMENT ON COLUMN order_lines.price_kg IS 'Price per kg before the order discount, GBP. 0 = free samples';

INSERT INTO orders (order_id, cust_id, so_id, order_dt, deliver_dt, st, disc_pct, paid_dt, notes)
WITH so_drops AS (
    SELECT s.so_id, s.cust_id, d::date AS deliver_dt, (d::date - 2) AS order_dt
    FROM standing_orders s
    CROSS JOIN LATERAL generate_series(s.start_dt,
                                       coalesce(s.end_dt, date '2026-12-03'),
                                       CASE s.freq WHEN 'F' THEN interval '14 days' ELSE interval '7 days' END) AS d
), one_offs AS (
    SELECT NULL::integer AS so_id,
           (ARRAY[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,22,24,25,4,7,11,3,14])
               [1 + (i * 11 + i / 13) % 28] AS cust_id,
           date '2024-01-04' + (i * 1061 / 760) AS order_dt,
           i
    FROM generate_series(1, 760) AS i
), all_o AS (
    SELECT so_id, cust_id, order_dt, deliver_dt, so_id * 1000 + (deliver_dt - date '2024-01-01') AS h,
           0 AS i
    FROM so_drops
    UNION ALL
    SELECT o.so_id, o.cust_id, o.order_dt, o.order_dt + 1 + (o.i % 3), o.i * 7919 % 10007, o.i
    FROM one_offs o
    JOIN customers c ON c.cust_id = o.cust_id
    WHERE o.order_dt >= c.since_dt
      AND NOT (o.cust_id = 10 AND o.order_dt > date '2025-05-25')
      AND NOT (o.cust_id = 16 AND o.order_dt > date '2025-12-20')
      AND NOT (o.cust_id = 25 AND o.order_dt > date '2025-09-10')
), t AS (
    SELECT row_number() OVER (ORDER BY order_dt, cust_id, coalesce(so_id, 0), i)::integer AS order_id,
           a.*
    FROM all_o a
    WHERE a.order_dt <= date '2026-11-30'
)
SELECT t.order_id, t.cust_id, t.so_id, t.order_dt, t.deliver_dt, st.st, c.disc_pct,
       CASE WHEN st.st IN ('N', 'X') THEN NULL
            WHEN NOT c.on_account THEN t.deliver_dt
            WHEN t.cust_id = 12 AND t.deliver_dt >= date '2026-07-01' THEN NULL
            WHEN t.h % 43 = 9 THEN NULL
            WHEN t.deliver_dt + 10 + (t.h % 35) > date '2026-11-30' THEN NULL
            ELSE t.deliver_dt + 10 + (t.h % 35) END,
       CASE WHEN st.st = 'X' AND to_char(t.deliver_dt, 'MM-DD') BETWEEN '12-24' AND '12-31' THEN 'closed for Christmas'
            WHEN st.st = 'X' THEN (ARRAY['cancelled by phone', NULL, 'chef off sick', NULL])[1 + t.h % 4]
            WHEN st.st = 'S' THEN 'short - not enough picked'
            WHEN t.so_id IS NULL AND t.order_id % 53 = 0 THEN 'samples for new chef' END
FROM t
JOIN customers c ON c.cust_id = t.cust_id
CROSS JOIN LATERAL (
    SELECT CASE WHEN t.deliver_dt > date '2026-11-30' THEN 'N'
                WHEN t.so_id IS NOT NULL AND to_char(t.deliver_dt, 'MM-DD') BETWEEN '12-24' AND '12-31' THEN 'X'
                WHEN t.h % 31 = 7 THEN 'X'
                WHEN t.h % 19 = 4 THEN 'S'
                ELSE 'D' END AS st
) st;

INSERT INTO order_lines (line_id, order_id, variety_id, grade, qty_kg, price_kg)
WITH lines AS (
    SELECT o.order_id, 1 AS k, s.variety_id, s.grade,
           CASE WHEN o.st = 'S' THEN round(s.kg_per_drop * 0.6, 2) ELSE s.kg_per_drop END AS qty,
           o.order_dt, FALSE AS sample
    FROM orders o
    JOIN standing_orders s ON s.so_id = o.so_id
    UNION ALL
    SELECT o.order_id, k,
           CASE WHEN (o.order_id + k * 2) % 5 = 1 AND extract(month FROM o.order_dt) NOT BETWEEN 5 AND 9 THEN 1
                ELSE 1 + (o.order_id + k * 2) % 5 END,
           CASE WHEN (o.order_id + k) % 4 = 0 THEN 'B' ELSE 'A' END,
           CASE WHEN o.st = 'S' THEN round(0.5 * (1 + (o.order_id * k * 7 % 10)) * 0.6, 2)
                ELSE 0.5 * (1 + (o.order_id * k * 7 % 10)) END,
           o.order_dt, (o.order_id % 53 = 0)
    FROM orders o
    CROSS JOIN generate_series(1, 3) AS k
    WHERE o.so_id IS NULL AND k <= 1 + o.order_id % 3
)
SELECT row_number() OVER (ORDER BY l.order_id, l.k), l.order_id, l.variety_id, l.grade, l.qty,
       CASE WHEN l.sample THEN 0
            ELSE (CASE l.grade WHEN 'A' THEN v.price_kg_a ELSE v.price_kg_b END)
                 - CASE extract(year FROM l.order_dt) WHEN 2024 THEN 1.50 WHEN 2025 THEN 0.50 ELSE 0 END
       END
FROM lines l
JOIN varieties v ON v.variety_id = l.variety_id;

-- ---------------------------------------------------------------------------------------
CREATE TABLE deliveries (
    deliv_id    integer PRIMARY KEY,
    order_id    integer NOT NULL UNIQUE REFERENCES orders(order_id),
    van_id      integer NOT NULL REFERENCES vans(van_id),
    deliv_dt    date NOT NULL,
    driver      text NOT NULL,
    miles       numeric(5,1) NOT NULL,
    cold_ok     boolean NOT NULL,
    signed_by   text
);
COMMENT ON TABLE deliveries IS 'Each drop made: which van, who drove, and the cool-chain check at hand-over.';
COMMENT ON COLUMN deliveries.deliv_dt IS 'Day it actually went (sometimes a day late)';
COMMENT ON COLUMN deliveries.miles IS 'Miles from the farm to the drop, one way';
COMMENT ON COLUMN deliveries.cold_ok IS 'Probe check at hand-over: true = under 8C, false = too warm (cool chain broken)';
COMMENT ON COLUMN deliveries.signed_by IS 'Who signed for it. NULL = left at the back door, nobody signed';

INSERT INTO deliveries (deliv_id, order_id, van_id, deliv_dt, driver, miles, cold_ok, signed_by)
WITH d AS (
    SELECT o.order_id,
           (o.order_id * 7 + o.cust_id * 13) % 100 AS h,
           o.deliver_dt, c.cust_type, c.town, c.contact
    FROM orders o
    JOIN customers c ON c.cust_id = o.cust_id
    WHERE o.st IN ('D', 'S')
), d2 AS (
    SELECT d.*,
           CASE WHEN cust_type = 'W' OR h % 3 <> 0 THEN 1 ELSE 2 END AS van,
           d.deliver_dt + CASE WHEN h % 23 = 4 THEN 1 ELSE 0 END AS ddt
    FROM d
)
SELECT row_number() OVER (ORDER BY ddt, order_id), order_id, van, ddt,
       CASE WHEN van = 1 AND ddt < date '2025-04-01' THEN 'Tom'
            WHEN van = 1 THEN (ARRAY['Tom', 'Kev'])[1 + h % 2]
            ELSE 'Jess' END,
       CASE town WHEN 'Ludlow' THEN 7.5 WHEN 'Shrewsbury' THEN 31.0 WHEN 'Church Stretton' THEN 17.5
                 WHEN 'Telford' THEN 38.0 WHEN 'Bridgnorth' THEN 26.5 WHEN 'Clun' THEN 21.0
                 WHEN 'Hopton Wafers' THEN 12.0 WHEN 'Craven Arms' THEN 6.0 WHEN 'Hereford' THEN 29.5
                 ELSE 19.0 END + (h % 5) / 2.0,
       NOT ((van = 2 AND extract(month FROM ddt) IN (6, 7, 8) AND h % 4 = 0) OR h % 97 = 13),
       CASE WHEN h % 6 = 0 THEN NULL ELSE contact END
FROM d2;

-- ---------------------------------------------------------------------------------------
CREATE TABLE room_readings (
    reading_id  integer PRIMARY KEY,
    room_id     integer NOT NULL REFERENCES grow_room(room_id),
    read_at     timestamp NOT NULL,
    temp_c      numeric(4,1) NOT NULL,
    rh_pct      numeric(4,1) NOT NULL,
    co2_ppm     integer,
    src         char(1) NOT NULL
);
COMMENT ON TABLE room_readings IS 'Temperature / humidity / CO2 in the grow rooms, several times a day.';
COMMENT ON COLUMN room_readings.temp_c IS 'Air temperature, degrees C';
COMMENT ON COLUMN room_readings.rh_pct IS 'Relative humidity, percent';
COMMENT ON COLUMN room_readings.co2_ppm IS 'CO2 in ppm. NULL = not measured (clipboard readings, or logger broken)';
COMMENT ON COLUMN room_readings.src IS 'Where the reading came from: A = automatic logger, M = manual reading off the wall gauge';

INSERT INTO room_readings (reading_id, room_id, read_at, temp_c, rh_pct, co2_ppm, src)
WITH r AS (
    SELECT d::date AS dy, (d::date - date '2024-01-01') AS dn, rm, s
    FROM generate_series(date '2024-01-01', date '2026-11-30', interval '1 day') AS d
    CROSS JOIN generate_series(1, 4) AS rm
    CROSS JOIN (VALUES (7), (13), (19)) AS sl(s)
    WHERE NOT (s = 13 AND extract(isodow FROM d) IN (6, 7))
      AND ((d::date - date '2024-01-01') * 7 + rm * 3) % 97 <> 5
), r2 AS (
    SELECT dy, dn, rm, s,
           round((CASE rm WHEN 1 THEN 15.5 WHEN 2 THEN 16.0 WHEN 3 THEN 18.0 ELSE 15.0 END
                  + 2.2 * sin(2 * pi() * (extract(doy FROM dy) - 110) / 365.0)
                  + CASE WHEN s = 13 THEN 0.6 WHEN s = 7 THEN -0.4 ELSE 0 END
                  + CASE WHEN dy BETWEEN date '2025-07-10' AND date '2025-07-20' THEN 3.0 ELSE 0 END
                  + ((dn * 13 + rm * 7 + s * 3) % 21 - 10) / 10.0)::numeric, 1) AS t,
           least(99.0, 87 + ((dn * 11 + rm * 5 + s * 7) % 15) - 7
                  - CASE WHEN rm = 2 AND s = 13 THEN 3 ELSE 0 END
                  + CASE WHEN (dn + rm) % 41 = 0 THEN 6.5 ELSE 0 END) AS h,
           CASE WHEN s = 13 THEN 'M' ELSE 'A' END AS src
    FROM r
)
SELECT row_number() OVER (ORDER BY dy, s, rm), rm,
       dy + make_interval(hours => s), t, h,
       CASE WHEN src = 'M' THEN NULL
            WHEN rm = 4 AND dy BETWEEN date '2025-03-01' AND date '2025-04-02' THEN NULL
            ELSE 650 + ((dn * 17 + rm * 31 + s) % 900) END,
       src
FROM r2;

-- Someone checked the rooms on the way back from the pub on New Year's Eve.
INSERT INTO room_readings (reading_id, room_id, read_at, temp_c, rh_pct, co2_ppm, src)
SELECT max(reading_id) + 1, 2, timestamp '2026-01-01 00:00:00', 14.2, 86.0, NULL, 'M' FROM room_readings;

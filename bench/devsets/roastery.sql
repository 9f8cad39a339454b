-- Harbourside Coffee Roasters, Bristol: the back-office database.
-- We buy green coffee in sacks from a handful of importers. Every lot we take gets a
-- row in green_lot with its origin, process (washed / natural / honey), our cupping
-- score and what we paid per kilo. Everything is roasted on the one 15 kg roaster:
-- each batch is logged with the green weight that went in, the roasted weight that
-- came out, the roast level and who was on the roaster. Now and then a batch goes
-- wrong and gets binned - it stays in the log with binned = true.
-- We sell bags through the web shop (web_orders / order_line) and wholesale to cafes
-- around Bristol on account (cafe_accounts / wholesale_inv). Some cafes pay late and
-- a couple not at all; paid_dt stays empty until the money is in the bank.
-- The monthly subscription lives in subs (subscribers pause and cancel), and every
-- moan about a bag - stale, wrong grind, squashed in the post - goes into complaint
-- until we refund it, send a replacement or close it with no action.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS complaint;
DROP TABLE IF EXISTS subs;
DROP TABLE IF EXISTS order_line;
DROP TABLE IF EXISTS web_orders;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS wholesale_inv;
DROP TABLE IF EXISTS cafe_accounts;
DROP TABLE IF EXISTS roast_batches;
DROP TABLE IF EXISTS product;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS green_lot;
DROP TABLE IF EXISTS importers;

-- ---------------------------------------------------------------- importers
CREATE TABLE importers (
    importer_id   integer PRIMARY KEY,
    name          text NOT NULL,
    country       text NOT NULL,
    contact_email text,
    active        boolean NOT NULL DEFAULT true,
    notes         text
);
COMMENT ON TABLE importers IS 'Green coffee importers / brokers we buy sacks from.';
COMMENT ON COLUMN importers.active IS 'false = we no longer buy from them';

INSERT INTO importers VALUES
 (1, 'Harbourside Green Co',   'United Kingdom', 'orders@harboursidegreen.co.uk', true,  'Bonded warehouse in Avonmouth, free delivery over 10 sacks'),
 (2, 'Origin Direct Ltd',      'United Kingdom', 'sales@origindirect.co.uk',      true,  NULL),
 (3, 'Nordhavn Green',         'Norway',         'uk@nordhavngreen.no',           true,  'Nordic style light roast lots, pricey but clean'),
 (4, 'Sack & Sail Importers',  'United Kingdom', 'hello@sackandsail.co.uk',       true,  'Sail cargo, long lead times'),
 (5, 'Kettle Traders',         'Netherlands',    'info@kettletraders.nl',         false, 'Stopped using them end of 2025 - late deliveries'),
 (6, 'Pinnacle Green Coffee',  'United Kingdom', 'trade@pinnaclegreen.co.uk',     true,  'Got samples, never bought anything yet');

-- ---------------------------------------------------------------- green_lot
CREATE TABLE green_lot (
    lot_id         integer PRIMARY KEY,
    importer_id    integer NOT NULL REFERENCES importers(importer_id),
    lot_ref        text NOT NULL,
    origin_country text NOT NULL,
    farm_region    text,
    process        char(1) NOT NULL,
    cup_score      numeric(4,2),
    price_kg       numeric(6,2) NOT NULL,
    sacks          integer NOT NULL,
    sack_kg        numeric(4,1) NOT NULL,
    arrived_dt     date NOT NULL,
    notes          text
);
COMMENT ON TABLE green_lot IS 'Each lot of green (unroasted) coffee we bought: one row per purchase.';
COMMENT ON COLUMN green_lot.lot_ref IS 'Our own label written on the sacks';
COMMENT ON COLUMN green_lot.process IS 'Process: W = washed, N = natural, H = honey';
COMMENT ON COLUMN green_lot.cup_score IS 'Our cupping score out of 100 (SCA style). Empty if we never cupped it properly.';
COMMENT ON COLUMN green_lot.price_kg IS 'Price we paid per kilo of green, GBP, landed';
COMMENT ON COLUMN green_lot.sacks IS 'Number of sacks (or boxes) bought';
COMMENT ON COLUMN green_lot.sack_kg IS 'Weight of one sack in kg (60, 69, 70, or 30 for vacuum boxes)';
COMMENT ON COLUMN green_lot.arrived_dt IS 'Date the sacks arrived at the roastery';

INSERT INTO green_lot
SELECT i,
       CASE WHEN i % 11 = 0 AND i < 43 THEN 5 WHEN i >= 43 AND (i * 3) % 5 = 4 THEN 1 ELSE (i * 3) % 5 + 1 END,
       upper(left(o.origin, 3)) || '-' || to_char(a.dt, 'YY') || '-' || lpad(i::text, 3, '0'),
       o.origin,
       (ARRAY['Guji','Huila','Mogiana','Kiambu','Huehuetenango','Nyamasheke','Cajamarca','Santa Barbara','Tarrazu','Kayanza'])[(i * 7) % 10 + 1],
       CASE WHEN (i * 3) % 7 IN (0,1,2,3) THEN 'W' WHEN (i * 3) % 7 IN (4,5) THEN 'N' ELSE 'H' END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE 83.00 + ((i * 37) % 101) / 20.0 END,
       6.50 + ((i * 53) % 97) / 10.0,
       2 + (i * 7) % 9,
       CASE WHEN (i * 3) % 7 = 6 THEN 30.0
            WHEN o.origin IN ('Brazil','Colombia') THEN 70.0
            WHEN o.origin IN ('Guatemala','Honduras','Costa Rica') THEN 69.0
            ELSE 60.0 END,
       a.dt,
       CASE WHEN i % 9 = 0 THEN 'A couple of sacks damp on arrival, claimed with importer'
            WHEN i % 13 = 0 THEN 'Lovely on the table - buy again'
            ELSE NULL END
FROM generate_series(1, 60) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Ethiopia','Colombia','Brazil','Kenya','Guatemala','Rwanda','Peru','Honduras','Costa Rica','Burundi'])[(i * 7) % 10 + 1] AS origin) o
CROSS JOIN LATERAL (SELECT date '2024-01-03' + ((i - 1) * 177) / 10 AS dt) a;

-- ---------------------------------------------------------------- staff
CREATE TABLE staff (
    staff_id   integer PRIMARY KEY,
    name       text NOT NULL,
    role       char(1) NOT NULL,
    started_dt date NOT NULL,
    left_dt    date,
    can_roast  boolean NOT NULL
);
COMMENT ON TABLE staff IS 'Everyone who works here (or used to).';
COMMENT ON COLUMN staff.role IS 'Role: O = owner, R = roaster, S = shop floor / packing';
COMMENT ON COLUMN staff.left_dt IS 'Last day with us; empty = still works here';
COMMENT ON COLUMN staff.can_roast IS 'Signed off to run the roaster on their own';

INSERT INTO staff VALUES
 (1, 'Tom Avery',      'O', '2019-03-01', NULL,         true),
 (2, 'Priya Nair',     'R', '2022-06-01', NULL,         true),
 (3, 'Dan Whitlock',   'R', '2021-09-01', '2025-04-30', true),
 (4, 'Maisie Cole',    'R', '2025-04-01', NULL,         true),
 (5, 'Jo Pennington',  'S', '2023-02-01', NULL,         false);

-- ---------------------------------------------------------------- roast_batches
CREATE TABLE roast_batches (
    batch_no   integer PRIMARY KEY,
    lot_id     integer NOT NULL REFERENCES green_lot(lot_id),
    roast_dt   date NOT NULL,
    roaster_id integer NOT NULL REFERENCES staff(staff_id),
    green_kg   numeric(5,2) NOT NULL,
    roasted_kg numeric(5,2) NOT NULL,
    roast_lvl  text NOT NULL,
    binned     boolean NOT NULL DEFAULT false,
    notes      text
);
COMMENT ON TABLE roast_batches IS 'Roast log: one row per batch through the 15 kg roaster.';
COMMENT ON COLUMN roast_batches.roaster_id IS 'Who was on the roaster';
COMMENT ON COLUMN roast_batches.green_kg IS 'Green weight that went in, kg (max 15)';
COMMENT ON COLUMN roast_batches.roasted_kg IS 'Roasted weight that came out, kg (weighed even if binned)';
COMMENT ON COLUMN roast_batches.roast_lvl IS 'light, medium or dark';
COMMENT ON COLUMN roast_batches.binned IS 'true = bad roast, thrown away, not sold';

INSERT INTO roast_batches
SELECT i,
       greatest(1, least(60, ((d.dt - date '2024-01-03') * 10) / 177 + 1 - (i % 4))),
       d.dt,
       CASE WHEN i % 3 = 0 AND d.dt <= date '2025-04-30' THEN 3
            WHEN i % 3 = 0 THEN 4
            WHEN i % 3 = 1 THEN 2
            ELSE 1 END,
       g.kg,
       round(g.kg * (1 - CASE l.lvl WHEN 'light'  THEN 0.120 + ((i * 13) % 23) / 1000.0
                                     WHEN 'medium' THEN 0.145 + ((i * 13) % 23) / 1000.0
                                     ELSE 0.170 + ((i * 13) % 31) / 1000.0 END), 2),
       l.lvl,
       (i * 37) % 101 < 4,
       CASE WHEN (i * 37) % 101 = 0 THEN 'Scorched, binned'
            WHEN (i * 37) % 101 = 1 THEN 'Stalled before first crack - binned'
            WHEN (i * 37) % 101 IN (2,3) THEN 'Tipping on the beans, not selling this'
            WHEN i % 50 = 0 THEN 'Profile tweak: longer dev time'
            ELSE NULL END
FROM generate_series(1, 1700) AS i
CROSS JOIN LATERAL (SELECT date '2024-01-08' + ((i - 1) * 1056) / 1700 AS dt) d
CROSS JOIN LATERAL (SELECT 6 + ((i * 29) % 91) / 10.0 AS kg) g
CROSS JOIN LATERAL (SELECT CASE WHEN i % 7 IN (0,1,2) THEN 'light' WHEN i % 7 IN (3,4,5) THEN 'medium' ELSE 'dark' END AS lvl) l;

-- ---------------------------------------------------------------- product
CREATE TABLE product (
    product_id  integer PRIMARY KEY,
    name        text NOT NULL UNIQUE,
    bag_g       integer NOT NULL,
    roast_lvl   text NOT NULL,
    rrp         numeric(6,2) NOT NULL,
    active      boolean NOT NULL DEFAULT true,
    launched_dt date
);
COMMENT ON TABLE product IS 'Bags we sell on the web shop.';
COMMENT ON COLUMN product.bag_g IS 'Bag size in grams';
COMMENT ON COLUMN product.rrp IS 'Current retail price of one bag, GBP (went up 50p in Jan 2026; old orders keep their own price)';
COMMENT ON COLUMN product.active IS 'false = off the shop (sold out / seasonal)';

INSERT INTO product VALUES
 ( 1, 'House Espresso 250g',        250, 'medium',  9.00, true,  '2019-05-01'),
 ( 2, 'House Espresso 1kg',        1000, 'medium', 27.50, true,  '2019-05-01'),
 ( 3, 'Harbour Blend 250g',         250, 'dark',    8.50, true,  '2020-02-01'),
 ( 4, 'Harbour Blend 1kg',         1000, 'dark',   25.50, true,  '2020-02-01'),
 ( 5, 'Ethiopia Guji 250g',         250, 'light',  11.00, true,  '2023-03-01'),
 ( 6, 'Kenya Kiambu 250g',          250, 'light',  11.50, true,  '2023-08-01'),
 ( 7, 'Colombia Huila 250g',        250, 'medium', 10.00, true,  '2022-01-01'),
 ( 8, 'Brazil Mogiana 250g',        250, 'medium',  9.00, true,  '2021-06-01'),
 ( 9, 'Decaf Colombia 250g',        250, 'medium',  9.50, true,  '2021-06-01'),
 (10, 'Rwanda Nyamasheke 250g',     250, 'light',  10.50, false, '2023-09-01'),
 (11, 'Guatemala Huehue 250g',      250, 'medium', 10.00, true,  '2024-02-01'),
 (12, 'Filter of the Month 250g',   250, 'light',  10.50, true,  '2022-04-01'),
 (13, 'Sample Box 4x100g',          400, 'light',  14.50, true,  '2023-11-01'),
 (14, 'Christmas Blend 250g',       250, 'medium', 10.25, false, '2023-11-01');

-- ---------------------------------------------------------------- cafe_accounts
CREATE TABLE cafe_accounts (
    cafe_id      integer PRIMARY KEY,
    cafe_name    text NOT NULL UNIQUE,
    area         text,
    contact_name text,
    email        text,
    terms_days   integer NOT NULL DEFAULT 30,
    inv_freq     char(1) NOT NULL,
    on_stop      boolean NOT NULL DEFAULT false,
    opened_dt    date NOT NULL,
    closed_dt    date,
    notes        text
);
COMMENT ON TABLE cafe_accounts IS 'Wholesale customers: cafes (and a couple of delis) buying on account.';
COMMENT ON COLUMN cafe_accounts.terms_days IS 'Payment terms in days from invoice date';
COMMENT ON COLUMN cafe_accounts.inv_freq IS 'How often we invoice them: W = weekly, F = fortnightly, M = monthly';
COMMENT ON COLUMN cafe_accounts.on_stop IS 'true = account on stop, no more deliveries until they pay up';
COMMENT ON COLUMN cafe_accounts.closed_dt IS 'Date they stopped buying from us; empty = still a customer';

INSERT INTO cafe_accounts VALUES
 ( 1, 'Little Victories',       'Wapping Wharf',    'Sam',     'sam@littlevictories.co.uk',   30, 'W', false, '2021-04-01', NULL,         NULL),
 ( 2, 'The Crafty Bean',        'Stokes Croft',     'Aisha',   'aisha@craftybean.co.uk',      30, 'W', false, '2022-02-01', NULL,         NULL),
 ( 3, 'Full Court Press',       'Broad Street',     'Marek',   'marek@fullcourt.co.uk',       14, 'W', false, '2020-09-01', NULL,         'Wants deliveries before 8am'),
 ( 4, 'Gloucester Road Grind',  'Gloucester Road',  'Holly',   'holly@glosroadgrind.co.uk',   30, 'F', false, '2022-07-01', NULL,         NULL),
 ( 5, 'Hart''s Corner Deli',    'Temple Meads',     'Gareth',  'gareth@hartscorner.co.uk',    30, 'M', false, '2021-11-01', NULL,         'Deli - buys 1kg bags to retail'),
 ( 6, 'Bakers & Brews',         'Clifton',          'Nadia',   'nadia@bakersbrews.co.uk',     30, 'F', false, '2023-01-01', NULL,         NULL),
 ( 7, 'Cosy Cup',               'Bedminster',       'Rob',     'rob@cosycup.co.uk',           30, 'W', true,  '2022-05-01', NULL,         'On stop since summer 2026 - ignoring reminders'),
 ( 8, 'Harbour Lights Cafe',    'Harbourside',      'Jen',     'jen@harbourlights.co.uk',     30, 'F', false, '2023-03-01', '2025-06-30', 'Closed down June 2025'),
 ( 9, 'Mud Dock Corner',        'Harbourside',      'Olu',     'olu@muddockcorner.co.uk',     30, 'W', false, '2021-01-01', NULL,         NULL),
 (10, 'Kino Coffee House',      'Stokes Croft',     'Beth',    'beth@kinocoffee.co.uk',       30, 'M', false, '2024-03-01', NULL,         NULL),
 (11, 'The Daily Grind',        'Redland',          'Chris',   'chris@thedailygrind.co.uk',   30, 'W', false, '2020-05-01', NULL,         NULL),
 (12, 'Southville Social',      'Southville',       'Freya',   'freya@southvillesocial.co.uk',45, 'F', false, '2023-06-01', NULL,         'Slow payer but always pays'),
 (13, 'Totterdown Tea & Coffee','Totterdown',       'Imran',   'imran@totterdowntc.co.uk',    30, 'M', false, '2022-10-01', '2025-10-31', 'Switched to another roaster'),
 (14, 'Cabot Beans',            'Cabot Circus',     'Lucy',    'lucy@cabotbeans.co.uk',       30, 'W', false, '2024-05-01', NULL,         NULL),
 (15, 'St Werburghs Pantry',    'St Werburghs',     'Tess',    'tess@swpantry.co.uk',         30, 'F', false, '2024-09-01', NULL,         NULL),
 (16, 'Easton Espresso',        'Easton',           'Kwame',   'kwame@eastonespresso.co.uk',  14, 'W', false, '2025-09-26', NULL,         'New account Sept 2025'),
 (17, 'Clifton Village Kitchen','Clifton',          'Harriet', 'harriet@cvkitchen.co.uk',     30, 'M', true,  '2023-04-01', NULL,         'Disputed invoices, on stop'),
 (18, 'Bishopston Bakehouse',   'Bishopston',       'Pete',    'pete@bishbake.co.uk',         30, 'F', false, '2022-03-01', NULL,         NULL),
 (19, 'Fishponds Fika',         'Fishponds',        'Ingrid',  'ingrid@fishpondsfika.co.uk',  30, 'W', false, '2024-01-15', '2025-03-31', 'Closed'),
 (20, 'Kingsdown Kiosk',        'Kingsdown',        'Alfie',   'alfie@kingsdownkiosk.co.uk',  30, 'M', false, '2023-08-01', NULL,         NULL),
 (21, 'Windmill Hill Cafe',     'Windmill Hill',    'Grace',   'grace@windmillhillcafe.co.uk',30, 'F', false, '2024-02-01', NULL,         NULL),
 (22, 'Montpelier Brew Bar',    'Montpelier',       'Dev',     'dev@montpelierbrew.co.uk',    30, 'W', false, '2025-01-06', NULL,         NULL),
 (23, 'Arnos Vale Tea Rooms',   'Arnos Vale',       'Margaret','margaret@arnosvaletea.co.uk', 60, 'M', false, '2023-05-01', NULL,         'Charity cafe, 60 day terms agreed'),
 (24, 'Henleaze Hub',           'Henleaze',         'Owen',    'owen@henleazehub.co.uk',      30, 'F', false, '2025-06-01', NULL,         NULL),
 (25, 'Lockside Coffee Co',     'Cumberland Basin', 'Zara',    'zara@locksidecoffee.co.uk',   30, 'W', false, '2026-11-30', NULL,         'Set up, first delivery booked for December');

-- ---------------------------------------------------------------- wholesale_inv
CREATE TABLE wholesale_inv (
    inv_no    integer PRIMARY KEY,
    cafe_id   integer NOT NULL REFERENCES cafe_accounts(cafe_id),
    inv_dt    date NOT NULL,
    due_dt    date NOT NULL,
    amt       numeric(10,2) NOT NULL,
    paid_dt   date,
    po_ref    text,
    notes     text
);
COMMENT ON TABLE wholesale_inv IS 'Invoices to wholesale (cafe) accounts.';
COMMENT ON COLUMN wholesale_inv.inv_dt IS 'Date the invoice was sent';
COMMENT ON COLUMN wholesale_inv.due_dt IS 'Date payment is due (inv_dt + their terms)';
COMMENT ON COLUMN wholesale_inv.amt IS 'Invoice total incl. VAT, GBP';
COMMENT ON COLUMN wholesale_inv.paid_dt IS 'Date the money arrived; empty = not paid yet';
COMMENT ON COLUMN wholesale_inv.po_ref IS 'Their purchase order ref, if they gave one';

INSERT INTO wholesale_inv
WITH raw AS (
    SELECT c.cafe_id, date '2024-01-05' + 7 * w AS inv_dt, c.terms_days, w AS k
    FROM cafe_accounts c
    CROSS JOIN generate_series(0, 151) AS w
    WHERE c.inv_freq IN ('W','F')
      AND (c.inv_freq = 'W' OR (w + c.cafe_id) % 2 = 0)
      AND NOT (c.inv_freq = 'W' AND (w * 7 + c.cafe_id * 3) % 19 = 0)
      AND date '2024-01-05' + 7 * w BETWEEN c.opened_dt AND coalesce(c.closed_dt, date '2026-11-30')
    UNION ALL
    SELECT c.cafe_id, (date '2024-01-01' + make_interval(months => m))::date, c.terms_days, m + 500
    FROM cafe_accounts c
    CROSS JOIN generate_series(0, 34) AS m
    WHERE c.inv_freq = 'M'
      AND (date '2024-01-01' + make_interval(months => m))::date BETWEEN c.opened_dt AND coalesce(c.closed_dt, date '2026-11-30')
), numbered AS (
    SELECT (row_number() OVER (ORDER BY inv_dt, cafe_id))::int + 24000 AS n, *
    FROM raw
), priced AS (
    SELECT n, cafe_id, inv_dt, terms_days,
           CASE WHEN (k + cafe_id * 3) % 97 = 0 THEN 0.00
                WHEN k >= 500 THEN round(180 + ((k * 17 + cafe_id * 41) % 420) + ((k * 7 + cafe_id) % 100) / 100.0, 2)
                ELSE round(45 + ((k * 13 + cafe_id * 29) % 260) + ((k * 7 + cafe_id) % 100) / 100.0, 2) END AS amt,
           CASE WHEN cafe_id = 12 THEN 35 + (n * 17) % 40
                WHEN cafe_id = 23 THEN 50 + (n * 17) % 20
                ELSE 8 + (n * 17) % 40 END AS lag,
           (cafe_id = 7  AND inv_dt >= date '2026-05-01')
        OR (cafe_id = 17 AND inv_dt >= date '2025-12-01')
        OR (cafe_id = 8  AND inv_dt >= date '2025-05-01')
        OR (n * 31) % 53 = 0 AS bad
    FROM numbered
)
SELECT n, cafe_id, inv_dt, inv_dt + terms_days,
       amt,
       CASE WHEN bad OR inv_dt + lag > date '2026-11-30' THEN NULL ELSE inv_dt + lag END,
       CASE WHEN cafe_id IN (3, 11, 14) THEN 'PO-' || (1000 + n % 9000)::text ELSE NULL END,
       CASE WHEN amt = 0 THEN 'No charge - replacement for faulty bags'
            WHEN cafe_id = 17 AND inv_dt >= date '2025-12-01' THEN 'Disputed - says short delivered'
            ELSE NULL END
FROM priced;

-- ---------------------------------------------------------------- customers
CREATE TABLE customers (
    cust_id    integer PRIMARY KEY,
    full_name  text NOT NULL,
    email      text NOT NULL,
    postcode   text,
    signup_dt  date NOT NULL,
    mkt_optin  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE customers IS 'Web shop customers (retail).';
COMMENT ON COLUMN customers.mkt_optin IS 'Agreed to get our newsletter';

INSERT INTO customers
SELECT i,
       f.first || ' ' || l.last,
       lower(f.first) || '.' || lower(replace(l.last, '''', '')) || i::text || '@' ||
           (ARRAY['gmail.com','outlook.com','btinternet.com','yahoo.co.uk','icloud.com'])[(i * 3) % 5 + 1],
       CASE WHEN i % 23 = 0 THEN NULL
            ELSE (ARRAY['BS1','BS2','BS3','BS5','BS6','BS7','BS8','BA1','GL1','CF10','SN1','EX4','M1','LS6','N16'])[(i * 7) % 15 + 1]
                 || ' ' || ((i * 13) % 9 + 1)::text || chr(65 + (i * 5) % 26) || chr(65 + (i * 11) % 26) END,
       CASE WHEN i <= 780 THEN date '2023-06-01' + (i * 37) % 200
            ELSE date '2026-11-10' + (i - 781) END,
       (i * 3) % 5 < 2
FROM generate_series(1, 800) AS i
CROSS JOIN LATERAL (SELECT (ARRAY['Oliver','Amelia','Harry','Isla','Jack','Ava','George','Mia','Noah','Grace',
                                  'Leo','Freya','Oscar','Lily','Arthur','Ella','Alfie','Sophie','Rosie','Theo',
                                  'Ruby','Finn','Evie','Sienna','Kofi','Aoife','Zainab','Tomasz','Priya','Chloé'])[((i % 30) * 7) % 30 + 1] AS first) f
CROSS JOIN LATERAL (SELECT (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Wright',
                                  'Evans','Thomas','Roberts','Walker','Hughes','Green','Lewis','Hall','Clarke','O''Brien',
                                  'Khan','Nowak','Murphy','Price','Morgan','Bennett','Ellis','Okafor','Fletcher','Reid'])[((i / 30) * 11 + (i % 30)) % 30 + 1] AS last) l;

-- ---------------------------------------------------------------- web_orders
CREATE TABLE web_orders (
    order_id    integer PRIMARY KEY,
    order_ref   text NOT NULL UNIQUE,
    cust_id     integer NOT NULL REFERENCES customers(cust_id),
    order_ts    timestamp NOT NULL,
    st          char(1) NOT NULL,
    disc_code   text,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    postage_amt numeric(5,2) NOT NULL DEFAULT 0,
    total_amt   numeric(8,2) NOT NULL DEFAULT 0,
    notes       text
);
COMMENT ON TABLE web_orders IS 'Orders from the web shop (retail).';
COMMENT ON COLUMN web_orders.order_ref IS 'Order number shown to the customer';
COMMENT ON COLUMN web_orders.order_ts IS 'When the order was placed (UK time)';
COMMENT ON COLUMN web_orders.st IS 'Status: N = new, not sent yet, D = dispatched, X = cancelled, R = refunded';
COMMENT ON COLUMN web_orders.disc_code IS 'Discount code used, if any';
COMMENT ON COLUMN web_orders.disc_pct IS 'Discount in percent taken off the bags (not the postage)';
COMMENT ON COLUMN web_orders.postage_amt IS 'Postage charged, GBP (free over 30 quid)';
COMMENT ON COLUMN web_orders.total_amt IS 'What the customer paid: bags less discount, plus postage';

INSERT INTO web_orders (order_id, order_ref, cust_id, order_ts, st, disc_code, disc_pct, notes)
SELECT i,
       'HCR-' || (10000 + i)::text,
       CASE WHEN i % 9 = 0 THEN
                CASE WHEN (i / 9) % 21 <= 5 THEN 1
                     WHEN (i / 9) % 21 <= 10 THEN 2
                     WHEN (i / 9) % 21 <= 14 THEN 3
                     WHEN (i / 9) % 21 <= 17 THEN 4
                     WHEN (i / 9) % 21 <= 19 THEN 5
                     ELSE 6 END
            ELSE (i * 7919) % 774 + 7 END,
       t.ts,
       CASE WHEN i % 20 = 0 THEN 'X'
            WHEN i % 31 = 0 THEN 'R'
            WHEN t.ts >= timestamp '2026-11-27 00:00' THEN 'N'
            ELSE 'D' END,
       CASE WHEN (i * 7) % 10 = 0 THEN 'WELCOME10' WHEN (i * 11) % 25 = 0 THEN 'BRISTOL15' ELSE NULL END,
       CASE WHEN (i * 7) % 10 = 0 THEN 10 WHEN (i * 11) % 25 = 0 THEN 15 ELSE 0 END,
       CASE WHEN i % 20 = 0 THEN 'Customer cancelled by email'
            WHEN i % 31 = 0 THEN 'Refunded - see complaints'
            WHEN i % 47 = 0 THEN 'Leave with neighbour at no. 12'
            ELSE NULL END
FROM generate_series(1, 3200) AS i
CROSS JOIN LATERAL (SELECT timestamp '2024-01-01 07:00' + ((i - 1) * 478 + (i * 97) % 300) * interval '1 minute' AS ts) t;

-- year-boundary orders
UPDATE web_orders SET order_ts = timestamp '2025-12-31 23:30:00' WHERE order_id = 2197;
UPDATE web_orders SET order_ts = timestamp '2026-01-01 00:00:00' WHERE order_id = 2198;

-- ---------------------------------------------------------------- order_line
CREATE TABLE order_line (
    line_id    integer PRIMARY KEY,
    order_id   integer NOT NULL REFERENCES web_orders(order_id),
    product_id integer NOT NULL REFERENCES product(product_id),
    qty        integer NOT NULL,
    unit_price numeric(6,2) NOT NULL
);
COMMENT ON TABLE order_line IS 'Bags on each web order.';
COMMENT ON COLUMN order_line.qty IS 'Number of bags';
COMMENT ON COLUMN order_line.unit_price IS 'Price of one bag on the day, before the order discount. 0 = free bag we threw in.';

INSERT INTO order_line
SELECT row_number() OVER (ORDER BY o.order_id, n),
       o.order_id,
       p.product_id,
       CASE WHEN o.cust_id <= 6 THEN 1 + (o.order_id * 3 + n) % 3 ELSE 1 + ((o.order_id * 7 + n) % 10) / 7 END,
       CASE WHEN (o.order_id * 13 + n) % 211 = 0 THEN 0.00
            WHEN o.order_ts >= timestamp '2026-01-01' THEN p.rrp
            ELSE p.rrp - 0.50 END
FROM web_orders o
CROSS JOIN LATERAL generate_series(1, 1 + ((o.order_id * 5) % 7) / 3) AS n
JOIN product p ON p.product_id = ((o.order_id * 5 + n * 4) % 14) + 1;

UPDATE web_orders o
SET postage_amt = CASE WHEN s.sub * (1 - o.disc_pct / 100) >= 30 THEN 0 ELSE 3.95 END,
    total_amt = round(s.sub * (1 - o.disc_pct / 100), 2)
              + CASE WHEN s.sub * (1 - o.disc_pct / 100) >= 30 THEN 0 ELSE 3.95 END
FROM (SELECT order_id, sum(qty * unit_price) AS sub FROM order_line GROUP BY order_id) s
WHERE s.order_id = o.order_id;

-- ---------------------------------------------------------------- subs
CREATE TABLE subs (
    sub_id         integer PRIMARY KEY,
    cust_id        integer NOT NULL REFERENCES customers(cust_id),
    product_id     integer NOT NULL REFERENCES product(product_id),
    grind          char(1) NOT NULL,
    bags_per_month integer NOT NULL DEFAULT 1,
    monthly_amt    numeric(6,2) NOT NULL,
    started_dt     date NOT NULL,
    st             char(1) NOT NULL,
    paused_dt      date,
    cancelled_dt   date,
    notes          text
);
COMMENT ON TABLE subs IS 'Monthly coffee subscriptions.';
COMMENT ON COLUMN subs.grind IS 'Grind: B = whole beans, F = filter, E = espresso, C = cafetiere';
COMMENT ON COLUMN subs.monthly_amt IS 'What we charge each month, GBP';
COMMENT ON COLUMN subs.st IS 'Status: A = active, P = paused, C = cancelled';
COMMENT ON COLUMN subs.paused_dt IS 'Date they last paused; empty if never paused';
COMMENT ON COLUMN subs.cancelled_dt IS 'Date they cancelled; empty = not cancelled';

INSERT INTO subs
SELECT i,
       (i * 17) % 780 + 1,
       (ARRAY[1, 5, 6, 7, 8, 12, 12, 3])[(i * 5) % 8 + 1],
       CASE WHEN (i * 3) % 8 <= 3 THEN 'B' WHEN (i * 3) % 8 <= 5 THEN 'F' WHEN (i * 3) % 8 = 6 THEN 'E' ELSE 'C' END,
       1 + (i % 5) / 4,
       round((1 + (i % 5) / 4) * p.rrp * 0.9, 2),
       s.dt,
       CASE WHEN (i * 7) % 10 < 3 AND s.dt < date '2026-09-01' THEN 'C'
            WHEN (i * 7) % 10 IN (3, 4) AND s.dt < date '2026-10-15' THEN 'P'
            ELSE 'A' END,
       CASE WHEN (i * 7) % 10 IN (3, 4) AND s.dt < date '2026-10-15' THEN least(s.dt + 30 + (i * 11) % 400, date '2026-11-28')
            WHEN (i * 7) % 10 = 2 AND s.dt < date '2026-09-01' THEN s.dt + 20 + (i * 3) % 40
            ELSE NULL END,
       CASE WHEN (i * 7) % 10 < 3 AND s.dt < date '2026-09-01' THEN least(s.dt + 75 + (i * 11) % 300, date '2026-11-30')
            ELSE NULL END,
       CASE WHEN (i * 7) % 10 = 0 AND s.dt < date '2026-09-01' THEN 'Said it was too much coffee'
            WHEN (i * 7) % 10 = 3 AND s.dt < date '2026-10-15' THEN 'Away travelling'
            WHEN i % 37 = 0 THEN 'Gift subscription'
            ELSE NULL END
FROM generate_series(1, 320) AS i
CROSS JOIN LATERAL (SELECT date '2024-01-05' + (i - 1) * 3 + (i * 7) % 3 AS dt) s
JOIN product p ON p.product_id = (ARRAY[1, 5, 6, 7, 8, 12, 12, 3])[(i * 5) % 8 + 1];

-- ---------------------------------------------------------------- complaint
CREATE TABLE complaint (
    complaint_id integer PRIMARY KEY,
    order_id     integer NOT NULL REFERENCES web_orders(order_id),
    product_id   integer REFERENCES product(product_id),
    logged_dt    date NOT NULL,
    reason       char(1) NOT NULL,
    outcome      char(1),
    refund_amt   numeric(6,2),
    closed_dt    date,
    notes        text
);
COMMENT ON TABLE complaint IS 'Customer complaints about bags from web orders.';
COMMENT ON COLUMN complaint.product_id IS 'The bag they complained about';
COMMENT ON COLUMN complaint.reason IS 'What went wrong: S = stale, G = wrong grind, D = damaged in the post, O = other';
COMMENT ON COLUMN complaint.outcome IS 'What we did: R = refunded, P = sent a replacement bag, N = closed, no action. Empty while still open';
COMMENT ON COLUMN complaint.refund_amt IS 'Money refunded, GBP (0 when we replaced or did nothing; empty while open)';
COMMENT ON COLUMN complaint.closed_dt IS 'Date we closed it; empty = still open';

INSERT INTO complaint
SELECT row_number() OVER (ORDER BY c.logged_dt, c.order_id),
       c.order_id, c.product_id, c.logged_dt, c.reason,
       CASE WHEN c.is_open THEN NULL
            WHEN c.reason = 'O' THEN 'N'
            WHEN c.reason = 'G' THEN CASE WHEN c.k % 4 = 0 THEN 'N' ELSE 'P' END
            WHEN c.k % 3 = 0 THEN 'R'
            ELSE 'P' END,
       CASE WHEN c.is_open THEN NULL
            WHEN c.reason IN ('S','D') AND c.k % 3 = 0 THEN c.bag_price
            ELSE 0.00 END,
       CASE WHEN c.is_open THEN NULL ELSE c.logged_dt + 1 + c.k % 6 END,
       CASE c.reason WHEN 'S' THEN 'Says it tasted flat, roast date looked old'
                     WHEN 'G' THEN 'Asked for ' || CASE WHEN c.k % 2 = 0 THEN 'filter' ELSE 'espresso' END || ', got beans'
                     WHEN 'D' THEN 'Bag split in the post'
                     ELSE CASE WHEN c.k % 2 = 0 THEN 'Valve on bag not sealed' ELSE NULL END END
FROM (
    SELECT o.order_id,
           o.order_id / 15 AS k,
           fl.product_id,
           fl.unit_price AS bag_price,
           o.order_ts::date + 2 + (o.order_id / 15) % 9 AS logged_dt,
           CASE WHEN (o.order_id / 15 * 7) % 10 <= 3 THEN 'S'
                WHEN (o.order_id / 15 * 7) % 10 <= 5 THEN 'G'
                WHEN (o.order_id / 15 * 7) % 10 <= 8 THEN 'D'
                ELSE 'O' END AS reason,
           (o.order_ts::date + 2 + (o.order_id / 15) % 9 > date '2026-11-16') OR (o.order_id / 15) % 29 = 0 AS is_open
    FROM web_orders o
    JOIN LATERAL (SELECT product_id, unit_price FROM order_line l WHERE l.order_id = o.order_id ORDER BY line_id LIMIT 1) fl ON true
    WHERE (o.order_id * 7) % 15 = 0
      AND o.st <> 'X'
      AND o.order_ts::date + 2 + (o.order_id / 15) % 9 <= date '2026-11-30'
) c;

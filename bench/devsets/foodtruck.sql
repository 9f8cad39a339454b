-- Hussain's Kitchen on Wheels - the food truck database.
-- We're a family-run street-food truck out of Longsight, Manchester: wraps and rice bowls.
-- Every day we trade is at a "pitch": a weekend market, a festival, an office-park lunch
-- slot, or a private booking (weddings, birthdays, work dos). Most organisers charge a flat
-- pitch fee for the day, a few take a percentage of what we take instead; private jobs are free.
-- Everything we sell goes through the till by item, qty and price, paid cash or card.
-- Staff meals go through the till too, at zero, so the stock adds up.
-- Stock comes from Booker cash & carry and from Al-Noor the butcher (on account, paid monthly).
-- At close we log what went in the bin and why.
-- Private bookings pay a deposit up front; if the client cancels we keep it.
-- Gas safety, PAT testing and the council hygiene visits (rated out of 5) are in inspection.
-- Staff work shifts; family mostly don't take an hourly wage.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS shift;
DROP TABLE IF EXISTS waste_log;
DROP TABLE IF EXISTS till_lines;
DROP TABLE IF EXISTS till_txn;
DROP TABLE IF EXISTS bookings;
DROP TABLE IF EXISTS stock_purch;
DROP TABLE IF EXISTS trading_day;
DROP TABLE IF EXISTS inspection;
DROP TABLE IF EXISTS staff;
DROP TABLE IF EXISTS ingredients;
DROP TABLE IF EXISTS menu_items;
DROP TABLE IF EXISTS pitches;

CREATE TABLE pitches (
    id           integer PRIMARY KEY,
    pitch_nm     text NOT NULL,
    pitch_type   char(1) NOT NULL,
    town         text,
    organiser    text,
    fee_basis    char(1) NOT NULL,
    std_fee_amt  numeric(8,2),
    share_pct    numeric(4,1),
    active       boolean NOT NULL DEFAULT true,
    notes        text
);
COMMENT ON TABLE pitches IS 'Every place we trade or have traded: markets, festivals, office lunches, and one row for private bookings.';
COMMENT ON COLUMN pitches.pitch_type IS 'Type of pitch: M = market, F = festival, O = office-park lunch, P = private booking (wedding, party, work do)';
COMMENT ON COLUMN pitches.fee_basis IS 'How the organiser charges us: F = flat fee per day, S = share (percentage) of our takings, N = no fee (our own private bookings)';
COMMENT ON COLUMN pitches.std_fee_amt IS 'Standard flat fee per day in GBP (only when fee_basis = F). Went up a bit in 2026.';
COMMENT ON COLUMN pitches.share_pct IS 'Percentage of the day''s takings the organiser gets (only when fee_basis = S)';
COMMENT ON COLUMN pitches.active IS 'Still going there? false = we have stopped going';

CREATE TABLE menu_items (
    id        integer PRIMARY KEY,
    item_nm   text NOT NULL,
    cat       char(1) NOT NULL,
    price     numeric(6,2) NOT NULL,
    is_veg    boolean NOT NULL,
    on_menu   boolean NOT NULL DEFAULT true,
    added_dt  date,
    notes     text
);
COMMENT ON TABLE menu_items IS 'What is on the board (and what used to be). Price is today''s price; the till keeps the price actually charged.';
COMMENT ON COLUMN menu_items.cat IS 'Category: W = wrap, B = rice bowl, S = side, D = drink';
COMMENT ON COLUMN menu_items.price IS 'Current board price in GBP';
COMMENT ON COLUMN menu_items.is_veg IS 'Vegetarian';
COMMENT ON COLUMN menu_items.on_menu IS 'Currently on the board; false = dropped or seasonal special not running';

CREATE TABLE ingredients (
    id          integer PRIMARY KEY,
    ingr_nm     text NOT NULL,
    unit        text NOT NULL,
    usual_supp  char(1),
    perishable  boolean NOT NULL,
    par_lvl     numeric(6,1)
);
COMMENT ON TABLE ingredients IS 'Stock we buy in: meat, veg, wraps, rice, sauces, drinks.';
COMMENT ON COLUMN ingredients.unit IS 'Unit we buy and count it in: kg, l, each, case (24 cans), tin';
COMMENT ON COLUMN ingredients.usual_supp IS 'Where we normally get it: C = Booker cash & carry, B = Al-Noor butcher';
COMMENT ON COLUMN ingredients.par_lvl IS 'How much we like to have in at the start of a week, in the unit above';

CREATE TABLE staff (
    id           integer PRIMARY KEY,
    staff_nm     text NOT NULL,
    role         char(1) NOT NULL,
    hourly_wage  numeric(5,2) NOT NULL,
    is_family    boolean NOT NULL,
    start_dt     date NOT NULL,
    left_dt      date,
    phone        text
);
COMMENT ON TABLE staff IS 'Everyone who works on the truck, family included.';
COMMENT ON COLUMN staff.role IS 'Role: O = owner, C = cook, S = serving / till';
COMMENT ON COLUMN staff.hourly_wage IS 'Hourly rate in GBP; 0.00 for family who take a share of the profit instead';
COMMENT ON COLUMN staff.left_dt IS 'Last day with us; NULL = still working for us';

CREATE TABLE inspection (
    id           integer PRIMARY KEY,
    insp_dt      date NOT NULL,
    insp_type    char(1) NOT NULL,
    inspector    text,
    rating       smallint,
    passed       boolean,
    cert_ref     text,
    next_due_dt  date,
    notes        text
);
COMMENT ON TABLE inspection IS 'Safety checks and council visits on the truck.';
COMMENT ON COLUMN inspection.insp_type IS 'What kind: G = gas safety (Gas Safe engineer), H = food hygiene visit from the council, E = electrics / PAT test';
COMMENT ON COLUMN inspection.rating IS 'Food hygiene rating out of 5 (0-5); only for H visits, blank for the others';
COMMENT ON COLUMN inspection.passed IS 'Pass / fail for gas and electrics; blank for hygiene visits (they give a rating instead)';

CREATE TABLE trading_day (
    id           integer PRIMARY KEY,
    pitch_id     integer NOT NULL REFERENCES pitches(id),
    trade_dt     date NOT NULL,
    rained_off   boolean NOT NULL DEFAULT false,
    fee_amt      numeric(8,2) NOT NULL DEFAULT 0,
    fee_paid_dt  date,
    notes        text
);
COMMENT ON TABLE trading_day IS 'One row per day the truck was booked out at a pitch.';
COMMENT ON COLUMN trading_day.rained_off IS 'true = weather killed it, we packed up without selling anything';
COMMENT ON COLUMN trading_day.fee_amt IS 'Pitch fee we owe the organiser for the day in GBP (flat fee, or their share of the takings). 0 for private bookings';
COMMENT ON COLUMN trading_day.fee_paid_dt IS 'Date we paid the pitch fee; NULL = not paid yet (or nothing to pay)';

CREATE TABLE till_txn (
    id       integer PRIMARY KEY,
    day_id   integer NOT NULL REFERENCES trading_day(id),
    txn_ts   timestamp NOT NULL,
    pay_cd   char(1) NOT NULL
);
COMMENT ON TABLE till_txn IS 'Each ring-up on the till (one customer order).';
COMMENT ON COLUMN till_txn.pay_cd IS 'How it was paid: D = card (debit/credit/contactless), C = cash, S = staff meal (rung up at zero, no money taken)';

CREATE TABLE till_lines (
    id          integer PRIMARY KEY,
    txn_id      integer NOT NULL REFERENCES till_txn(id),
    item_id     integer NOT NULL REFERENCES menu_items(id),
    qty         integer NOT NULL,
    unit_price  numeric(6,2) NOT NULL,
    disc_amt    numeric(6,2)
);
COMMENT ON TABLE till_lines IS 'Items on each till ring-up.';
COMMENT ON COLUMN till_lines.unit_price IS 'Price charged per item at the time, GBP (0.00 on staff meals)';
COMMENT ON COLUMN till_lines.disc_amt IS 'Money knocked off the line (loyalty card, mates rates), GBP; NULL = no discount. What we took for the line = qty x unit_price - disc_amt';

CREATE TABLE stock_purch (
    id         integer PRIMARY KEY,
    purch_dt   date NOT NULL,
    supp       char(1) NOT NULL,
    ingr_id    integer NOT NULL REFERENCES ingredients(id),
    qty        numeric(8,2) NOT NULL,
    unit_cost  numeric(8,2) NOT NULL,
    inv_ref    text,
    paid_dt    date,
    notes      text
);
COMMENT ON TABLE stock_purch IS 'Stock bought in, one line per ingredient per trip / delivery.';
COMMENT ON COLUMN stock_purch.supp IS 'Supplier: C = Booker cash & carry, B = Al-Noor butcher (on account), O = other (supermarket dash when we run out)';
COMMENT ON COLUMN stock_purch.unit_cost IS 'Cost per unit (see ingredients.unit) in GBP, ex VAT';
COMMENT ON COLUMN stock_purch.paid_dt IS 'Date paid; NULL = still owing (butcher account not settled yet)';

CREATE TABLE waste_log (
    id       integer PRIMARY KEY,
    day_id   integer NOT NULL REFERENCES trading_day(id),
    ingr_id  integer NOT NULL REFERENCES ingredients(id),
    qty      numeric(6,2) NOT NULL,
    reason   char(1) NOT NULL,
    notes    text
);
COMMENT ON TABLE waste_log IS 'What got binned at the end of each day.';
COMMENT ON COLUMN waste_log.qty IS 'How much, in the ingredient''s unit';
COMMENT ON COLUMN waste_log.reason IS 'Why: L = leftover prepped food at close, O = out of date, D = dropped / damaged, T = temperature (fridge or hot-hold failed)';

CREATE TABLE bookings (
    id               integer PRIMARY KEY,
    client_nm        text NOT NULL,
    event_type       char(1) NOT NULL,
    event_dt         date NOT NULL,
    venue            text,
    guests           integer,
    min_spend_amt    numeric(8,2),
    deposit_amt      numeric(8,2) NOT NULL,
    deposit_paid_dt  date,
    st               char(1) NOT NULL,
    day_id           integer REFERENCES trading_day(id),
    booked_dt        date NOT NULL,
    notes            text
);
COMMENT ON TABLE bookings IS 'Private hire of the truck: weddings, parties, work dos.';
COMMENT ON COLUMN bookings.event_type IS 'W = wedding, P = private party (birthday, christening, etc), C = corporate / work do';
COMMENT ON COLUMN bookings.min_spend_amt IS 'Minimum spend the client guarantees, GBP';
COMMENT ON COLUMN bookings.deposit_paid_dt IS 'When the deposit came in; NULL = deposit not received';
COMMENT ON COLUMN bookings.st IS 'Status: E = enquiry, quote sent, waiting on deposit; C = confirmed; X = cancelled by the client (we keep any deposit paid); D = done, event happened';
COMMENT ON COLUMN bookings.day_id IS 'The trading day it turned into, once done';

CREATE TABLE shift (
    id        integer PRIMARY KEY,
    staff_id  integer NOT NULL REFERENCES staff(id),
    day_id    integer NOT NULL REFERENCES trading_day(id),
    start_tm  time NOT NULL,
    hrs       numeric(4,2) NOT NULL
);
COMMENT ON TABLE shift IS 'Who worked which trading day and for how long (including setup and pack-down).';
COMMENT ON COLUMN shift.hrs IS 'Hours worked';

-- ---------------------------------------------------------------- reference data
INSERT INTO pitches VALUES
 (1,  'Levenshulme Market',              'M', 'Levenshulme',   'Levenshulme Market CIC',   'F', 45.00,  NULL, true,  'Saturdays. Our home patch.'),
 (2,  'Altrincham Market',               'M', 'Altrincham',    'Altrincham Market Ltd',    'F', 60.00,  NULL, true,  NULL),
 (3,  'Chorlton Makers Market',          'M', 'Chorlton',      'Chorlton Traders Assoc',   'S', NULL,   10.0, true,  '1st and 3rd Sunday'),
 (4,  'Spinningfields Lunch',            'O', 'Manchester',    'Allied London',            'F', 35.00,  NULL, true,  'Wednesdays, Hardman Square'),
 (5,  'MediaCity Lunch Market',          'O', 'Salford Quays', 'Peel Media',               'F', 40.00,  NULL, true,  NULL),
 (6,  'Science Park Lunch',              'O', 'Manchester',    'Bruntwood SciTech',        'S', NULL,   8.0,  true,  'Started 2025, every other Thursday'),
 (7,  'Parklife Festival',               'F', 'Heaton Park',   'Broadwick Live',           'S', NULL,   15.0, true,  'June weekend. Gate takes 15% off the card machine.'),
 (8,  'Manchester Food & Drink Festival','F', 'Manchester',    'MFDF',                     'F', 250.00, NULL, true,  'Last weekend of September, Fri-Sun, fee per day paid up front'),
 (9,  'Stockport Foodie Friday',         'M', 'Stockport',     'Foodie Friday Ltd',        'F', 50.00,  NULL, true,  'Last Friday of the month'),
 (10, 'Private booking',                 'P', NULL,            NULL,                       'N', 0.00,   NULL, true,  'Venue is on the booking'),
 (11, 'Trafford Park Lunch',             'O', 'Trafford Park', 'Trafford Park BID',        'F', 25.00,  NULL, false, 'Stopped going end of 2025 - footfall dead'),
 (12, 'Ramsbottom Chocolate Festival',   'F', 'Ramsbottom',    'Ramsbottom Festivals',     'F', 150.00, NULL, false, 'Easter 2024 one-off, not worth it'),
 (13, 'Northern Quarter Night Market',   'M', 'Manchester',    'NQ Nights',                'S', NULL,   12.0, true,  'Signed up, first night is in December 2026');

INSERT INTO menu_items VALUES
 (1,  'Chicken Shawarma Wrap', 'W', 9.00,  false, true,  '2023-06-01', 'Best seller'),
 (2,  'Lamb Kofta Wrap',       'W', 9.50,  false, true,  '2023-06-01', NULL),
 (3,  'Halloumi Wrap',         'W', 8.50,  true,  true,  '2023-06-01', NULL),
 (4,  'Falafel Wrap',          'W', 8.00,  true,  true,  '2023-06-01', 'Vegan without the yoghurt sauce'),
 (5,  'Jerk Chicken Wrap',     'W', 8.00,  false, false, '2023-09-01', 'Dropped at the end of 2024'),
 (6,  'Chicken Rice Bowl',     'B', 10.00, false, true,  '2023-06-01', NULL),
 (7,  'Lamb Rice Bowl',        'B', 10.50, false, true,  '2023-06-01', NULL),
 (8,  'Halloumi Rice Bowl',    'B', 9.50,  true,  true,  '2023-06-01', NULL),
 (9,  'Falafel Rice Bowl',     'B', 9.00,  true,  true,  '2023-06-01', NULL),
 (10, 'Beef Bulgogi Bowl',     'B', 11.00, false, true,  '2025-03-01', 'Dawid''s recipe'),
 (11, 'Loaded Fries',          'S', 4.50,  false, true,  '2023-06-01', 'Chicken, garlic mayo, chilli'),
 (12, 'Fries',                 'S', 3.00,  true,  true,  '2023-06-01', NULL),
 (13, 'Hummus & Pitta',        'S', 4.00,  true,  true,  '2023-06-01', NULL),
 (14, 'Can of Pop',            'D', 1.50,  true,  true,  '2023-06-01', NULL),
 (15, 'Mango Lassi',           'D', 3.00,  true,  true,  '2023-06-01', NULL),
 (16, 'Christmas Turkey Wrap', 'W', 9.50,  false, false, '2026-11-20', 'Christmas special, goes on in December');

INSERT INTO ingredients VALUES
 (1,  'Chicken thigh (boneless)', 'kg',   'B', true,  25.0),
 (2,  'Lamb mince',               'kg',   'B', true,  10.0),
 (3,  'Beef strips',              'kg',   'B', true,  5.0),
 (4,  'Halloumi',                 'kg',   'C', true,  6.0),
 (5,  'Falafel mix',              'kg',   'C', true,  5.0),
 (6,  'Tortilla wraps 12in',      'each', 'C', true,  200.0),
 (7,  'Pitta bread',              'each', 'C', true,  60.0),
 (8,  'Iceberg lettuce',          'each', 'C', true,  12.0),
 (9,  'Tomatoes',                 'kg',   'C', true,  8.0),
 (10, 'Red onions',               'kg',   'C', false, 8.0),
 (11, 'Garlic sauce',             'l',    'C', true,  6.0),
 (12, 'Chilli sauce',             'l',    'C', false, 4.0),
 (13, 'Basmati rice',             'kg',   'C', false, 20.0),
 (14, 'Frozen chips',             'kg',   'C', false, 30.0),
 (15, 'Vegetable oil',            'l',    'C', false, 20.0),
 (16, 'Cans of pop',              'case', 'C', false, 6.0),
 (17, 'Mango pulp',               'tin',  'C', false, 6.0),
 (18, 'Greek yoghurt',            'kg',   'C', true,  5.0),
 (19, 'Saffron',                  'g',    NULL, false, NULL);

INSERT INTO staff VALUES
 (1,  'Tariq Hussain',   'O', 0.00,  true,  '2023-05-01', NULL,         '07700 900101'),
 (2,  'Samina Hussain',  'O', 0.00,  true,  '2023-05-01', NULL,         '07700 900102'),
 (3,  'Bilal Hussain',   'C', 12.21, true,  '2023-05-01', NULL,         '07700 900103'),
 (4,  'Aisha Hussain',   'S', 10.00, true,  '2023-07-01', NULL,         NULL),
 (5,  'Connor Walsh',    'C', 12.50, false, '2023-08-14', '2024-10-31', '07700 900105'),
 (6,  'Megan Lloyd',     'S', 12.21, false, '2024-03-01', NULL,         '07700 900106'),
 (7,  'Dawid Nowak',     'C', 13.00, false, '2024-11-04', NULL,         '07700 900107'),
 (8,  'Priya Shah',      'S', 12.21, false, '2025-04-01', NULL,         '07700 900108'),
 (9,  'Jordan Ellis',    'S', 12.21, false, '2026-05-01', NULL,         NULL),
 (10, 'Ruth Okafor',     'S', 11.50, false, '2024-06-01', '2025-09-30', '07700 900110'),
 (11, 'Ellie Hussain',   'S', 12.21, true,  '2026-12-01', NULL,         NULL);

INSERT INTO inspection VALUES
 (1,  '2024-02-12', 'G', 'Pete Marsden (Gas Safe 58812)', NULL, true,  'GS-24-0117', '2025-02-12', NULL),
 (2,  '2024-05-20', 'H', 'Manchester City Council EHO',   4,    NULL,  'FHRS-MCC-88231', NULL, 'Hand-wash sink not hot enough, sorted same week'),
 (3,  '2024-11-05', 'E', 'Sparks NW Ltd',                 NULL, true,  'PAT-2411-33', '2025-11-05', NULL),
 (4,  '2025-02-10', 'G', 'Pete Marsden (Gas Safe 58812)', NULL, true,  'GS-25-0094', '2026-02-10', NULL),
 (5,  '2025-06-18', 'H', 'Manchester City Council EHO',   5,    NULL,  'FHRS-MCC-91450', NULL, NULL),
 (6,  '2025-11-03', 'E', 'Sparks NW Ltd',                 NULL, true,  'PAT-2511-41', '2026-11-03', NULL),
 (7,  '2026-02-09', 'G', 'Pete Marsden (Gas Safe 58812)', NULL, false, NULL, '2026-02-16', 'Regulator leaking on the griddle line - no trading till fixed'),
 (8,  '2026-02-16', 'G', 'Pete Marsden (Gas Safe 58812)', NULL, true,  'GS-26-0131', '2027-02-16', 'Re-test after new regulator'),
 (9,  '2026-07-14', 'H', 'Salford City Council EHO',      3,    NULL,  'FHRS-SCC-20417', NULL, 'Temp logs not filled in, fridge seal gone'),
 (10, '2026-08-25', 'H', 'Salford City Council EHO',      5,    NULL,  'FHRS-SCC-20988', NULL, 'Re-rating visit we asked for'),
 (11, '2026-11-09', 'E', 'Sparks NW Ltd',                 NULL, true,  'PAT-2611-12', '2027-11-09', NULL);

-- ---------------------------------------------------------------- trading days
INSERT INTO trading_day (id, pitch_id, trade_dt, notes)
SELECT row_number() OVER (ORDER BY dt), pitch_id, dt,
       CASE WHEN dt = '2024-12-31' THEN 'NYE wedding, went on past midnight'
            WHEN dt = '2025-01-01' THEN 'New Year''s Day special market'
            WHEN (extract(doy FROM dt)::int * 7) % 61 = 0 THEN 'Generator played up'
            ELSE NULL END
FROM (
  SELECT dt, yr, mon, dom, dow, i,
    CASE
      WHEN dt = '2024-12-31' THEN 10
      WHEN dt = '2025-01-01' THEN 1
      WHEN (mon = 12 AND dom >= 24) OR (mon = 1 AND dom = 1) THEN NULL   -- Christmas / New Year off
      WHEN dt IN ('2024-03-30', '2024-03-31') THEN 12
      WHEN mon = 6 AND ((dow = 6 AND dom BETWEEN 8 AND 14) OR (dow = 7 AND dom BETWEEN 9 AND 15)) THEN 7
      WHEN dow IN (5, 6, 7) AND extract(month FROM dt + (7 - dow)) = 9
           AND extract(month FROM dt + (14 - dow)) = 10 THEN 8
      WHEN dow = 5 AND extract(month FROM dt + 7) <> mon THEN 9
      WHEN (dow = 6 AND mon BETWEEN 5 AND 9 AND i % 3 = 0)
        OR (dow = 7 AND mon BETWEEN 5 AND 9 AND i % 4 = 2)
        OR (dow = 5 AND mon = 12 AND i % 14 < 7) THEN 10
      WHEN dow = 6 AND NOT (mon = 1 AND i % 2 = 0) THEN 1
      WHEN dow = 7 AND (dom BETWEEN 1 AND 7 OR dom BETWEEN 15 AND 21) AND mon NOT IN (1, 2) THEN 3
      WHEN dow = 5 AND (mon NOT IN (1, 2) OR i % 2 = 0) THEN 2
      WHEN mon = 8 AND dom <= 14 THEN NULL   -- family holiday, weekday lunches off
      WHEN dow = 3 AND i % 9 <> 0 THEN 4
      WHEN dow = 4 AND (i / 7) % 2 = 0 AND NOT (mon IN (1, 2) AND yr = 2024) THEN 5
      WHEN dow = 4 AND (i / 7) % 2 = 1 AND yr >= 2025 AND mon NOT IN (1, 2) THEN 6
      WHEN dow = 2 AND yr < 2026 AND mon NOT IN (1, 2, 12) AND i % 14 = 1 THEN 11
      ELSE NULL
    END AS pitch_id
  FROM (
    SELECT d::date AS dt,
           extract(year FROM d)::int AS yr,
           extract(month FROM d)::int AS mon,
           extract(day FROM d)::int AS dom,
           extract(isodow FROM d)::int AS dow,
           (d::date - date '2024-01-01') AS i
    FROM generate_series(timestamp '2024-01-01', timestamp '2026-11-30', interval '1 day') d
  ) cal
) x
WHERE pitch_id IS NOT NULL;

-- weather: some market and festival days got rained off
UPDATE trading_day d SET rained_off = true,
       notes = coalesce(d.notes || '; ', '') || 'Rained off'
FROM pitches p
WHERE p.id = d.pitch_id AND p.pitch_type IN ('M', 'F')
  AND (d.id * 11) % 29 = 3 AND d.trade_dt <> '2025-01-01';

-- ---------------------------------------------------------------- till
INSERT INTO till_txn (id, day_id, txn_ts, pay_cd)
SELECT row_number() OVER (ORDER BY d.id, k), d.id,
       d.trade_dt
         + CASE p.pitch_type WHEN 'O' THEN time '11:40' WHEN 'M' THEN time '09:50'
                             WHEN 'F' THEN time '12:05' ELSE time '17:30' END
         + (k * CASE p.pitch_type WHEN 'F' THEN 6 WHEN 'P' THEN 4 ELSE 17 END + (d.id + k) % 4)
           * interval '1 minute',
       CASE WHEN k > nn.n THEN 'S'
            WHEN ((d.id * 13 + k * 7) % 20) <
                 CASE WHEN d.trade_dt < '2025-01-01' THEN 11
                      WHEN d.trade_dt < '2026-01-01' THEN 13 ELSE 15 END
                 + ((extract(month FROM d.trade_dt)::int * 5) % 3) - 1 THEN 'D'
            ELSE 'C' END
FROM trading_day d
JOIN pitches p ON p.id = d.pitch_id
CROSS JOIN LATERAL (SELECT CASE WHEN p.pitch_type = 'F' THEN 45 + d.id % 15
                                WHEN p.pitch_type = 'P' THEN (40 + (d.id * 37) % 111) / 3
                                ELSE 4 + (d.id * 7) % 9 END AS n) nn
CROSS JOIN LATERAL generate_series(1, nn.n + 1 + d.id % 2) k
WHERE NOT d.rained_off;

INSERT INTO till_lines (id, txn_id, item_id, qty, unit_price, disc_amt)
WITH t AS (
  SELECT t.id, t.pay_cd, t.day_id, d.trade_dt
  FROM till_txn t JOIN trading_day d ON d.id = t.day_id
), l AS (
  SELECT t.*, j, ((t.id * 31 + j * 17 + t.day_id) % 15) + 1 AS raw
  FROM t CROSS JOIN LATERAL generate_series(1, 1 + (t.id % 3 = 0)::int + (t.id % 7 = 0)::int) j
), l2 AS (
  SELECT l.*, CASE WHEN raw = 5 AND trade_dt >= '2025-01-01' THEN 1
                   WHEN raw = 10 AND trade_dt < '2025-03-01' THEN 6
                   ELSE raw END AS item_id
  FROM l
)
SELECT row_number() OVER (ORDER BY l2.id, l2.j), l2.id, l2.item_id,
       CASE WHEN m.cat = 'D' AND (l2.id + l2.j) % 4 = 0 THEN 2
            WHEN (l2.id * l2.j) % 9 = 0 THEN 2
            WHEN l2.id % 53 = 0 THEN 3
            ELSE 1 END,
       CASE WHEN l2.pay_cd = 'S' THEN 0.00
            WHEN m.cat IN ('W', 'B') AND m.id <> 5 THEN
                 m.price - CASE WHEN l2.trade_dt < '2025-01-01' THEN 1.00
                                WHEN l2.trade_dt < '2026-02-01' THEN 0.50 ELSE 0 END
            ELSE m.price END,
       CASE WHEN l2.pay_cd = 'S' THEN NULL
            WHEN l2.j = 1 AND m.cat IN ('W', 'B') AND l2.id % 19 = 0 THEN 1.00
            WHEN l2.j = 1 AND l2.id % 29 = 0 THEN 0.00
            WHEN l2.j = 1 AND m.cat IN ('W', 'B') AND l2.id % 61 = 0 THEN 2.00
            ELSE NULL END
FROM l2 JOIN menu_items m ON m.id = l2.item_id;

-- ---------------------------------------------------------------- pitch fees
UPDATE trading_day d SET fee_amt =
  CASE p.fee_basis
    WHEN 'F' THEN p.std_fee_amt + CASE WHEN d.trade_dt >= '2026-01-01'
                                       THEN CASE WHEN p.pitch_type = 'F' THEN 50 ELSE 5 END
                                       ELSE 0 END
    WHEN 'S' THEN round(coalesce((SELECT sum(l.qty * l.unit_price - coalesce(l.disc_amt, 0))
                                  FROM till_lines l JOIN till_txn t ON t.id = l.txn_id
                                  WHERE t.day_id = d.id), 0) * p.share_pct / 100, 2)
    ELSE 0 END
FROM pitches p WHERE p.id = d.pitch_id;

UPDATE trading_day d SET fee_paid_dt =
  CASE WHEN d.fee_amt = 0 THEN NULL
       WHEN p.fee_basis = 'F' AND p.pitch_type = 'F' THEN d.trade_dt - 30
       WHEN p.fee_basis = 'F' AND d.trade_dt >= '2026-01-01' AND d.id % 23 = 0 THEN NULL
       WHEN p.fee_basis = 'F' THEN d.trade_dt
       WHEN p.pitch_type = 'F' THEN d.trade_dt + 30
       WHEN d.trade_dt + 7 > date '2026-11-30' THEN NULL
       ELSE d.trade_dt + 7 END
FROM pitches p WHERE p.id = d.pitch_id;

-- ---------------------------------------------------------------- bookings
-- done ones, one per private trading day
INSERT INTO bookings (id, client_nm, event_type, event_dt, venue, guests, min_spend_amt,
                      deposit_amt, deposit_paid_dt, st, day_id, booked_dt, notes)
SELECT r,
       (ARRAY['Sarah & Tom Whitfield','Jas & Aman Kaur','Rebecca Doyle','Hollingworth Solicitors',
              'Amir Khan','Emma & Liam Byrne','Northern Rail Social Club','Chloe Adeyemi','The Patel family',
              'Gemma & Rob Swift','Stockport Rugby Club','Naz & Imran Ali','Kirsty McGuire',
              'Brightside Dental','Lucy & Dan Fairclough','Omar Farouk','Hannah & Josh Mercer',
              'Didsbury Cricket Club','Fatima Begum','Sophie & Ben Taylor','Castlefield Architects',
              'Zara Hussain','Jade & Kyle Robinson','Mo Rahman','Katie & Sam Ashworth',
              'Wythenshawe Community Trust','Leah Gordon','Priya & Nikhil Mehta','Ollie Brennan',
              'Red Brick Design Ltd'])[1 + (r * 7) % 30],
       et, trade_dt,
       (ARRAY['Didsbury Barn','Heaton House Farm','Back garden, Sale','Hilltop Country House',
              'Victoria Baths','Stockport Town Hall','Office car park, Trafford','Dunham Massey village hall',
              'Hangar 2, Salford','Bury Cricket Club'])[1 + (r * 3) % 10],
       g, g * 9.00,
       dep,
       CASE WHEN dep = 0 THEN NULL ELSE trade_dt - (30 + (r * 11) % 90)::int END,
       'D', id,
       trade_dt - (35 + (r * 11) % 90 + r % 10)::int,
       CASE WHEN dep = 0 THEN 'Family friend - no deposit' WHEN r % 6 = 0 THEN 'Went over min spend' ELSE NULL END
FROM (
  SELECT d.id, d.trade_dt, row_number() OVER (ORDER BY d.trade_dt) AS r,
         CASE WHEN d.trade_dt = '2024-12-31' THEN 'W'
              WHEN extract(month FROM d.trade_dt) = 12 THEN 'C'
              WHEN extract(isodow FROM d.trade_dt) = 7 THEN CASE WHEN d.id % 3 = 0 THEN 'W' ELSE 'P' END
              WHEN d.id % 4 = 0 THEN 'P'
              ELSE 'W' END AS et,
         40 + (d.id * 37) % 111 AS g,
         CASE WHEN d.id = (SELECT min(x.id) FROM trading_day x
                           WHERE x.pitch_id = 10 AND x.trade_dt >= '2025-06-01') THEN 0.00
              WHEN d.trade_dt < '2025-01-01' THEN 100.00 ELSE 150.00 END AS dep
  FROM trading_day d WHERE d.pitch_id = 10
) b;

-- cancelled, confirmed (future) and enquiries
INSERT INTO bookings (id, client_nm, event_type, event_dt, venue, guests, min_spend_amt,
                      deposit_amt, deposit_paid_dt, st, day_id, booked_dt, notes)
SELECT (SELECT max(id) FROM bookings) + n, c, et, ev::date, v, g, g * 9.00, dep, dp::date, s, NULL, bk::date, nt
FROM (VALUES
 (1,  'Amy & Chris Holt',        'W', '2024-06-22', 'Heaton House Farm',        120, 100.00, '2024-01-20', 'X', '2024-01-15', 'Venue fell through'),
 (2,  'Darren Fox',              'P', '2024-08-17', 'Back garden, Didsbury',     40,  50.00, NULL,         'X', '2024-06-02', 'Cancelled before paying deposit'),
 (3,  'Kingsway Motors',         'C', '2024-12-13', 'Showroom, Stockport',       60, 100.00, '2024-10-01', 'X', '2024-09-28', 'Christmas do called off'),
 (4,  'Nadia & Sami Qureshi',    'W', '2025-07-12', 'Hilltop Country House',    150, 150.00, '2025-01-10', 'X', '2025-01-05', 'Changed to a sit-down caterer'),
 (5,  'Becky Lomax',             'P', '2025-05-24', 'Dunham Massey village hall', 50, 150.00, '2025-03-11', 'X', '2025-03-08', NULL),
 (6,  'Greenfield Accountants',  'C', '2025-12-12', 'Office car park, Trafford',  80, 150.00, NULL,         'X', '2025-10-20', 'Went quiet, never paid'),
 (7,  'Tom & Jess Fielding',     'W', '2025-08-30', 'Didsbury Barn',            100, 150.00, '2025-02-14', 'X', '2025-02-10', 'Wedding postponed indefinitely'),
 (8,  'Ryan Kowalski',           'P', '2026-03-21', 'Bury Cricket Club',          60, 150.00, '2026-01-19', 'X', '2026-01-15', NULL),
 (9,  'Harriet & Joe Lindley',   'W', '2026-06-20', 'Victoria Baths',           130, 150.00, '2026-02-02', 'X', '2026-01-28', 'Moved the wedding abroad'),
 (10, 'Apex Fitness',            'C', '2026-07-03', 'Hangar 2, Salford',          70, 150.00, '2026-04-14', 'X', '2026-04-10', NULL),
 (11, 'Sienna Clarke',           'P', '2026-09-05', 'Back garden, Urmston',       45, 150.00, NULL,         'X', '2026-07-30', 'Cancelled before paying deposit'),
 (12, 'Megan & Alfie Stone',     'W', '2026-10-10', 'Heaton House Farm',        110, 150.00, '2026-05-06', 'X', '2026-05-01', NULL),
 (13, 'Bridgewater Legal',       'C', '2026-12-11', 'Spinningfields office',      90, 150.00, '2026-10-02', 'C', '2026-09-29', 'Christmas party'),
 (14, 'Ravi & Anjali Desai',     'W', '2027-05-29', 'Hilltop Country House',    160, 150.00, '2026-08-19', 'C', '2026-08-15', NULL),
 (15, 'Lauren & Matt Greaves',   'W', '2027-06-12', 'Didsbury Barn',            100, 150.00, '2026-09-07', 'C', '2026-09-01', NULL),
 (16, 'Josh Whitaker',           'P', '2027-01-01', 'Back garden, Sale',          50, 150.00, '2026-11-12', 'C', '2026-11-10', 'New Year''s Day party'),
 (17, 'Salford Lads Club',       'C', '2026-12-19', 'Salford Lads Club',          75, 150.00, '2026-10-28', 'C', '2026-10-25', NULL),
 (18, 'Holly & Ed Marsh',        'W', '2027-07-24', 'Victoria Baths',           140, 150.00, '2026-11-21', 'C', '2026-11-18', NULL),
 (19, 'Kerry Ann Boyd',          'P', '2027-03-20', 'Bury Cricket Club',          55, 150.00, NULL,         'E', '2026-11-02', 'Quote sent'),
 (20, 'Northwest Tiles Ltd',     'C', '2026-12-18', 'Office car park, Trafford',  60, 150.00, NULL,         'E', '2026-11-20', 'Chasing'),
 (21, 'Jamie & Rosa Pereira',    'W', '2027-08-14', 'Heaton House Farm',        120, 150.00, NULL,         'E', '2026-11-25', NULL),
 (22, 'Imran Sheikh',            'P', '2027-02-13', 'Didsbury Barn',              80, 150.00, NULL,         'E', '2026-11-28', 'Wants a veggie-only menu'),
 (23, 'Kate Mullen',             'P', '2025-04-19', 'Back garden, Chorlton',      30, 150.00, NULL,         'E', '2025-02-03', 'Never came back to us')
) AS v(n, c, et, ev, v, g, dep, dp, s, bk, nt);

-- ---------------------------------------------------------------- shifts
INSERT INTO shift (id, staff_id, day_id, start_tm, hrs)
SELECT row_number() OVER (ORDER BY d.id, s.id), s.id, d.id,
       CASE p.pitch_type WHEN 'O' THEN time '10:00' WHEN 'M' THEN time '08:00'
                         WHEN 'F' THEN time '10:00' ELSE time '15:30' END
         - CASE WHEN s.id = 1 THEN interval '1 hour' ELSE interval '0' END,
       CASE p.pitch_type WHEN 'O' THEN 4.5 WHEN 'M' THEN 7.0 WHEN 'F' THEN 11.0 ELSE 6.5 END
         + ((d.id + s.id) % 4) * 0.25 - 0.25
         + CASE WHEN s.id = 1 THEN 1 ELSE 0 END
FROM trading_day d
JOIN pitches p ON p.id = d.pitch_id
JOIN staff s ON s.start_dt <= d.trade_dt AND (s.left_dt IS NULL OR s.left_dt >= d.trade_dt)
WHERE NOT d.rained_off
  AND CASE WHEN s.id = 1 THEN true
           WHEN s.id = 2 THEN p.pitch_type IN ('M', 'F', 'P')
           WHEN s.id = 3 THEN d.id % 4 <> 0
           WHEN s.id = 4 THEN extract(isodow FROM d.trade_dt) IN (6, 7) OR p.pitch_type = 'F'
           ELSE (d.id + s.id) % 3 = 0 OR p.pitch_type IN ('F', 'P') END;

-- ---------------------------------------------------------------- waste
INSERT INTO waste_log (id, day_id, ingr_id, qty, reason, notes)
SELECT row_number() OVER (ORDER BY w.day_id, w.k), w.day_id, w.ingr_id,
       CASE i.unit WHEN 'kg' THEN 0.25 + ((w.day_id * w.k) % 6) * 0.25
                   WHEN 'each' THEN 1 + (w.day_id + w.k) % 8
                   ELSE 0.5 END,
       w.reason,
       CASE WHEN w.rained_off THEN 'Rained off - prep binned'
            WHEN w.reason = 'T' THEN 'Fridge over 8C at close'
            WHEN w.reason = 'D' AND w.day_id % 2 = 0 THEN 'Tray dropped'
            ELSE NULL END
FROM (
  SELECT d.id AS day_id, k, d.rained_off,
         (ARRAY[1, 2, 4, 5, 6, 7, 8, 9, 11, 13, 14, 18])[1 + (d.id * 7 + k * 5) % 12] AS ingr_id,
         CASE WHEN d.rained_off THEN 'L'
              WHEN (d.id * 3 + k) % 43 = 0 THEN 'T'
              WHEN (d.id + k * 7) % 11 = 0 THEN 'D'
              WHEN (d.id * 5 + k) % 6 = 0 THEN 'O'
              ELSE 'L' END AS reason
  FROM trading_day d
  CROSS JOIN LATERAL generate_series(1, CASE WHEN d.rained_off THEN 4 ELSE 1 + d.id % 3 END) k
) w
JOIN ingredients i ON i.id = w.ingr_id;

-- ---------------------------------------------------------------- stock
INSERT INTO stock_purch (id, purch_dt, supp, ingr_id, qty, unit_cost, inv_ref, paid_dt, notes)
SELECT row_number() OVER (ORDER BY purch_dt, supp, ingr_id), purch_dt, supp, ingr_id, qty, unit_cost,
       inv_ref, paid_dt, notes
FROM (
  -- Booker run every Monday
  SELECT wk::date AS purch_dt, 'C' AS supp, i.id AS ingr_id,
         round((i.par_lvl * (0.6 + ((w + i.id) % 5) * 0.2))::numeric, 0) AS qty,
         round(c.base * (1 + 0.05 * (extract(year FROM wk) - 2024)), 2) AS unit_cost,
         'BK-' || to_char(wk, 'YYMMDD') AS inv_ref,
         wk::date AS paid_dt, NULL::text AS notes
  FROM generate_series(timestamp '2024-01-01', timestamp '2026-11-30', interval '7 days') WITH ORDINALITY g(wk, w)
  JOIN ingredients i ON i.usual_supp = 'C'
  JOIN (VALUES (4, 9.80), (5, 3.20), (6, 0.18), (7, 0.12), (8, 0.75), (9, 1.90), (10, 1.10),
               (11, 4.50), (12, 3.80), (13, 1.60), (14, 1.35), (15, 1.95), (16, 7.20),
               (17, 3.40), (18, 3.60)) AS c(id, base) ON c.id = i.id
  WHERE i.perishable OR (w + i.id) % 2 = 0
  UNION ALL
  -- Al-Noor delivery every Tuesday, on account
  SELECT (wk + interval '1 day')::date, 'B', i.id,
         CASE i.id WHEN 1 THEN 15 + (w * 7) % 11 WHEN 2 THEN 6 + (w * 3) % 5 ELSE 3 + w % 3 END,
         CASE i.id WHEN 1 THEN 5.20 WHEN 2 THEN 8.50 ELSE 10.20 END
           + 0.40 * (extract(year FROM wk) - 2024),
         'AN' || lpad((1000 + w)::text, 5, '0'),
         CASE WHEN w = 78 AND i.id = 2 THEN NULL
              WHEN (date_trunc('month', wk + interval '1 day') + interval '1 month 6 days')::date > date '2026-11-30' THEN NULL
              ELSE (date_trunc('month', wk + interval '1 day') + interval '1 month 6 days')::date END,
         CASE WHEN w = 78 AND i.id = 2 THEN 'Short weight - disputed, not paying till sorted' ELSE NULL END
  FROM generate_series(timestamp '2024-01-01', timestamp '2026-11-30', interval '7 days') WITH ORDINALITY g(wk, w)
  JOIN ingredients i ON i.usual_supp = 'B'
  WHERE (i.id <> 3 OR wk >= '2025-02-24') AND wk + interval '1 day' <= timestamp '2026-11-30'
  UNION ALL
  -- emergency supermarket runs
  SELECT d.trade_dt, 'O', (ARRAY[6, 4, 18, 8])[1 + d.id % 4],
         CASE WHEN d.id % 4 = 0 THEN 24 ELSE 2 + d.id % 3 END,
         (ARRAY[0.25, 11.50, 4.20, 0.90])[1 + d.id % 4], NULL, d.trade_dt,
         'Ran out - Tesco dash'
  FROM trading_day d WHERE d.id % 47 = 5
) s;

-- Slad Valley Veg Boxes - our database (market garden + box scheme, just outside Stroud).
-- We grow on about three acres: four polytunnels (T1-T4), field beds F1-F12 and the old walled
-- garden (W1-W3). Every Monday and Wednesday we pick for the boxes and write it in the harvest log:
-- crop, bed and kg. Whatever we can't grow (citrus, bananas, mushrooms, hungry-gap top-ups) we buy
-- in from the wholesalers in Bristol and pay them monthly on account.
-- Customers take a small, medium or large box, weekly or fortnightly. Dave does the Tuesday town
-- round (Stroud and the edges), Jo does the Thursday villages round (Painswick, Slad, Bisley...).
-- People can pause, skip a week (we log the skip) or cancel - cancelled_dt stays empty while they
-- are still with us. Each drop is marked delivered, left with a neighbour or failed (failed boxes
-- are not charged). Eggs, bread, honey and juice can be added to a box at the unit price of the day.
-- Everyone pays by direct debit on the 1st for the previous month's boxes and extras; now and then
-- one bounces. The Friday Nailsworth round is only a trial and has no deliveries yet.
-- Data runs from January 2024 to 30 November 2026.

DROP TABLE IF EXISTS delivery_extra;
DROP TABLE IF EXISTS dd_payments;
DROP TABLE IF EXISTS sub_skips;
DROP TABLE IF EXISTS deliveries;
DROP TABLE IF EXISTS subscriptions;
DROP TABLE IF EXISTS customer;
DROP TABLE IF EXISTS rounds;
DROP TABLE IF EXISTS extras;
DROP TABLE IF EXISTS harvest_log;
DROP TABLE IF EXISTS bought_in;
DROP TABLE IF EXISTS crop;
DROP TABLE IF EXISTS beds;

-- ---------------------------------------------------------------- tables

CREATE TABLE rounds (
    round_id    smallint PRIMARY KEY,
    round_name  text NOT NULL,
    deliv_day   char(3) NOT NULL,
    driver      text,
    active      boolean NOT NULL DEFAULT true,
    notes       text
);
COMMENT ON TABLE rounds IS 'Delivery rounds - which van goes where on which day.';
COMMENT ON COLUMN rounds.deliv_day IS 'Day the round goes out: Tue, Thu or Fri.';
COMMENT ON COLUMN rounds.active IS 'False = round not running yet (trial / waiting for enough sign-ups).';

CREATE TABLE customer (
    cust_id     integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    email       text,
    phone       text,
    addr1       text,
    village     text NOT NULL,
    postcode    text,
    round_id    smallint NOT NULL REFERENCES rounds(round_id),
    joined_dt   date NOT NULL,
    dd_ref      text,
    mkt_optin   boolean NOT NULL DEFAULT false,
    notes       text
);
COMMENT ON TABLE customer IS 'Everyone who has signed up with us, including people still on the waiting list.';
COMMENT ON COLUMN customer.village IS 'Town or village the box goes to (Stroud, Painswick, Bisley ...).';
COMMENT ON COLUMN customer.round_id IS 'Which round their box goes out on.';
COMMENT ON COLUMN customer.dd_ref IS 'Direct debit mandate reference. Empty = no mandate set up (pays by bank transfer).';
COMMENT ON COLUMN customer.mkt_optin IS 'True = happy to get the newsletter / marketing emails.';
COMMENT ON COLUMN customer.notes IS 'Delivery instructions and anything else worth knowing.';

CREATE TABLE subscriptions (
    sub_id       integer PRIMARY KEY,
    cust_id      integer NOT NULL REFERENCES customer(cust_id),
    box_sz       char(1) NOT NULL,
    freq         char(1) NOT NULL,
    start_dt     date NOT NULL,
    st           char(1) NOT NULL,
    paused_from  date,
    pause_until  date,
    cancelled_dt date,
    notes        text
);
COMMENT ON TABLE subscriptions IS 'Box subscriptions. A customer who cancels and comes back later gets a new subscription.';
COMMENT ON COLUMN subscriptions.box_sz IS 'Box size: S = small, M = medium, L = large.';
COMMENT ON COLUMN subscriptions.freq IS 'How often: W = weekly, F = fortnightly.';
COMMENT ON COLUMN subscriptions.st IS 'Status: A = active (getting boxes), P = paused, C = cancelled.';
COMMENT ON COLUMN subscriptions.paused_from IS 'First delivery missed because of the current pause. Only set when paused.';
COMMENT ON COLUMN subscriptions.pause_until IS 'Date they want boxes again. Empty = paused until further notice.';
COMMENT ON COLUMN subscriptions.cancelled_dt IS 'Date they cancelled. Empty while still subscribed (active or paused).';
COMMENT ON COLUMN subscriptions.notes IS 'Likes / dislikes, swaps.';

CREATE TABLE sub_skips (
    skip_id     integer PRIMARY KEY,
    sub_id      integer NOT NULL REFERENCES subscriptions(sub_id),
    skip_dt     date NOT NULL,
    logged_dt   date NOT NULL,
    reason      text
);
COMMENT ON TABLE sub_skips IS 'Single weeks a subscriber asked us to skip (holiday etc.). No box goes out that week.';
COMMENT ON COLUMN sub_skips.skip_dt IS 'The delivery day that was skipped.';
COMMENT ON COLUMN sub_skips.logged_dt IS 'When they told us.';

CREATE TABLE deliveries (
    del_id      integer PRIMARY KEY,
    sub_id      integer NOT NULL REFERENCES subscriptions(sub_id),
    round_id    smallint NOT NULL REFERENCES rounds(round_id),
    del_dt      date NOT NULL,
    box_sz      char(1) NOT NULL,
    box_amt     numeric(6,2) NOT NULL,
    st          char(1) NOT NULL,
    driver_note text
);
COMMENT ON TABLE deliveries IS 'One row per box that went out on a round.';
COMMENT ON COLUMN deliveries.box_sz IS 'Box size: S = small, M = medium, L = large.';
COMMENT ON COLUMN deliveries.box_amt IS 'Price of the box that week in GBP (0 = free trial box). Failed boxes are not charged.';
COMMENT ON COLUMN deliveries.st IS 'What happened: D = delivered, N = left with a neighbour, F = failed (brought back).';
COMMENT ON COLUMN deliveries.driver_note IS 'Whatever Dave or Jo wrote on the sheet.';

CREATE TABLE extras (
    extra_id    smallint PRIMARY KEY,
    extra_nm    text NOT NULL,
    cat         char(1) NOT NULL,
    supplier_nm text,
    unit_price  numeric(6,2) NOT NULL,
    avail       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE extras IS 'Extras people can add to their box.';
COMMENT ON COLUMN extras.cat IS 'Kind of extra: E = eggs, B = bread and baking, P = pantry (honey, juice).';
COMMENT ON COLUMN extras.unit_price IS 'Current price each in GBP.';
COMMENT ON COLUMN extras.avail IS 'False = not on offer at the moment.';

CREATE TABLE delivery_extra (
    dx_id       integer PRIMARY KEY,
    del_id      integer NOT NULL REFERENCES deliveries(del_id),
    extra_id    smallint NOT NULL REFERENCES extras(extra_id),
    qty         smallint NOT NULL,
    unit_price  numeric(6,2) NOT NULL,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0
);
COMMENT ON TABLE delivery_extra IS 'Extras added to a delivery.';
COMMENT ON COLUMN delivery_extra.unit_price IS 'Price each at the time, in GBP (0 = given free, e.g. to say sorry).';
COMMENT ON COLUMN delivery_extra.disc_pct IS 'Discount in percent off the line (end-of-day bread etc.).';

CREATE TABLE dd_payments (
    pay_id      integer PRIMARY KEY,
    cust_id     integer NOT NULL REFERENCES customer(cust_id),
    dd_ref      text NOT NULL,
    for_month   date NOT NULL,
    collect_dt  date NOT NULL,
    amt         numeric(8,2) NOT NULL,
    bounced     boolean NOT NULL DEFAULT false,
    bounce_cd   char(1)
);
COMMENT ON TABLE dd_payments IS 'Monthly direct debit collections (GoCardless export).';
COMMENT ON COLUMN dd_payments.for_month IS 'First day of the month the boxes and extras were for.';
COMMENT ON COLUMN dd_payments.collect_dt IS 'Day the money was collected - the 1st of the following month.';
COMMENT ON COLUMN dd_payments.amt IS 'Amount collected in GBP: the month''s boxes plus extras.';
COMMENT ON COLUMN dd_payments.bounced IS 'True = the payment failed / bounced.';
COMMENT ON COLUMN dd_payments.bounce_cd IS 'Why it bounced: I = insufficient funds, C = customer cancelled the mandate, A = account closed. Empty if it went through.';

CREATE TABLE beds (
    bed_id      smallint PRIMARY KEY,
    bed_ref     text NOT NULL UNIQUE,
    area        char(1) NOT NULL,
    len_m       numeric(4,1),
    no_dig      boolean NOT NULL DEFAULT true,
    notes       text
);
COMMENT ON TABLE beds IS 'Growing beds.';
COMMENT ON COLUMN beds.area IS 'Where: T = polytunnel, F = field, W = walled garden.';
COMMENT ON COLUMN beds.no_dig IS 'True = managed no-dig.';

CREATE TABLE crop (
    crop_id     smallint PRIMARY KEY,
    crop_nm     text NOT NULL UNIQUE,
    fam         text NOT NULL,
    perennial   boolean NOT NULL DEFAULT false,
    grown_here  boolean NOT NULL DEFAULT true,
    season      text
);
COMMENT ON TABLE crop IS 'Crops we grow or buy in.';
COMMENT ON COLUMN crop.fam IS 'Crop family for the rotation (Brassica, Allium, Root, ...).';
COMMENT ON COLUMN crop.grown_here IS 'False = we only ever buy it in.';
COMMENT ON COLUMN crop.season IS 'Months we usually pick it.';

CREATE TABLE harvest_log (
    hl_id       integer PRIMARY KEY,
    pick_dt     date NOT NULL,
    crop_id     smallint NOT NULL REFERENCES crop(crop_id),
    bed_id      smallint NOT NULL REFERENCES beds(bed_id),
    kg          numeric(7,2) NOT NULL,
    grade       char(1) NOT NULL,
    picked_by   text,
    notes       text
);
COMMENT ON TABLE harvest_log IS 'What we picked: one line per crop per bed per picking day.';
COMMENT ON COLUMN harvest_log.kg IS 'Kg picked.';
COMMENT ON COLUMN harvest_log.grade IS 'Grade: A = good enough for the boxes, B = seconds (soup, chutney, sold cheap).';

CREATE TABLE bought_in (
    bi_id       integer PRIMARY KEY,
    order_dt    date NOT NULL,
    supplier    text NOT NULL,
    crop_id     smallint REFERENCES crop(crop_id),
    item_desc   text NOT NULL,
    qty_kg      numeric(7,2) NOT NULL,
    cost_per_kg numeric(6,2) NOT NULL,
    organic     boolean NOT NULL,
    inv_ref     text,
    paid_dt     date
);
COMMENT ON TABLE bought_in IS 'Produce bought in from wholesalers to top up the boxes.';
COMMENT ON COLUMN bought_in.crop_id IS 'Crop it counts as, if it is one of ours; empty for things like citrus and bananas.';
COMMENT ON COLUMN bought_in.qty_kg IS 'Kg actually delivered to us (0 = ordered but never came).';
COMMENT ON COLUMN bought_in.cost_per_kg IS 'Price per kg in GBP.';
COMMENT ON COLUMN bought_in.inv_ref IS 'Wholesaler''s monthly invoice number.';
COMMENT ON COLUMN bought_in.paid_dt IS 'Date we paid the invoice. Empty = not paid yet.';

-- ---------------------------------------------------------------- data

INSERT INTO rounds VALUES
 (1, 'Town round',       'Tue', 'Dave', true,  'Stroud, Cainscross, Uplands, Rodborough, Whiteshill'),
 (2, 'Villages round',   'Thu', 'Jo',   true,  'Painswick, Slad, Bisley, Sheepscombe, Chalford, Miserden'),
 (3, 'Nailsworth round', 'Fri', NULL,   false, 'Trial - starts when we have 20 sign-ups');

INSERT INTO customer
SELECT i,
       (ARRAY['Anna','Ben','Claire','Dan','Emma','Fiona','George','Hannah','Iain','Jess',
              'Kate','Liam','Megan','Nick','Olivia','Pete','Rosie','Sam','Tess','Will'])[(i*7 % 20) + 1],
       (ARRAY['Allen','Baker','Carter','Davies','Evans','Fletcher','Green','Hughes','Jones','King',
              'Lewis','Morgan','Norris','Owen','Price','Roberts','Smith','Taylor','Walker','Young'])[((i*3 + i/20) % 20) + 1],
       NULL, -- email filled below
       CASE WHEN i % 9 = 0 THEN NULL ELSE '07' || (700000000 + (i * 7919 * 31) % 299999999)::text END,
       (1 + i*13 % 80)::text || ' ' ||
       (ARRAY['Church Street','High Street','Bisley Road','Slad Road','Cotswold Way','Old Vicarage Lane','The Park','Mill Lane'])[(i % 8) + 1],
       v.village,
       CASE WHEN v.idx <= 9 THEN 'GL5 ' ELSE 'GL6 ' END || (1 + i % 9)::text || chr(65 + i % 26) || chr(65 + (i*7) % 26),
       CASE WHEN v.idx <= 9 THEN 1 ELSE 2 END,
       CASE WHEN i % 5 = 1 THEN date '2024-01-02' + (i % 4)   -- already with us when we started this database
            ELSE date '2024-01-03' + (i*233 % 1030) END,
       CASE WHEN i % 17 = 0 THEN NULL ELSE 'SVV-' || lpad(i::text, 5, '0') END,
       (i*3 % 5) < 3,
       CASE WHEN i % 40 = 0 THEN 'Waiting list - wants a box when there is room on the round'
            WHEN i % 17 = 0 THEN 'Pays by bank transfer'
            WHEN i % 11 = 0 THEN 'Leave in the porch'
            WHEN i % 13 = 0 THEN 'Dog - keep the gate shut!'
            WHEN i % 7 = 0  THEN 'Back door, not front'
       END
FROM generate_series(1, 120) AS i
CROSS JOIN LATERAL (
    SELECT (i*7 % 17) + 1 AS idx,
           (ARRAY['Stroud','Stroud','Stroud','Stroud','Cainscross','Uplands','Uplands','Rodborough','Whiteshill',
                  'Painswick','Painswick','Painswick','Slad','Bisley','Sheepscombe','Chalford','Miserden'])[(i*7 % 17) + 1] AS village
) v;
UPDATE customer SET email = lower(first_nm) || '.' || lower(last_nm) || cust_id || '@example.co.uk'
WHERE cust_id % 23 <> 0;

-- first subscription of every customer except the waiting list (40, 80, 120)
INSERT INTO subscriptions (sub_id, cust_id, box_sz, freq, start_dt, st, paused_from, pause_until, cancelled_dt, notes)
SELECT i, i,
       CASE WHEN i % 10 < 3 THEN 'S' WHEN i % 10 < 8 THEN 'M' ELSE 'L' END,
       CASE WHEN i % 4 = 0 THEN 'F' ELSE 'W' END,
       x.start_dt,
       x.st,
       CASE WHEN x.st = 'P' THEN least(date '2026-11-17', greatest(x.start_dt + 28, date '2026-05-01' + (i*11 % 180))) END,
       CASE WHEN x.st = 'P' AND i % 3 = 0 THEN date '2027-01-05' END,
       CASE WHEN x.st = 'C' AND i % 6 = 0 THEN least(date '2026-10-20', x.start_dt + 35 + (i*53 % 300))
            WHEN x.st = 'C' THEN least(date '2026-11-24', x.start_dt + 35 + (i*53 % 420)) END,
       CASE WHEN i % 9 = 0 THEN 'No mushrooms please'
            WHEN i % 14 = 0 THEN 'Hates beetroot - swap for carrots'
            WHEN i % 25 = 0 THEN 'Gluten free - no bread extras' END
FROM generate_series(1, 119) AS i
JOIN customer c ON c.cust_id = i
CROSS JOIN LATERAL (
    SELECT c.joined_dt + (i % 10) AS start_dt,
           CASE WHEN i % 6 = 0 THEN 'C'
                WHEN (i*37 % 101) < 22 THEN 'C'
                WHEN (i*37 % 101) < 32 THEN 'P'
                ELSE 'A' END AS st
) x
WHERE i % 40 <> 0;

-- people who cancelled and came back
INSERT INTO subscriptions (sub_id, cust_id, box_sz, freq, start_dt, st, paused_from, pause_until, cancelled_dt, notes)
SELECT 120 + s.cust_id / 6, s.cust_id,
       CASE WHEN s.cust_id % 12 = 0 THEN 'S' ELSE 'L' END,
       'W',
       s.cancelled_dt + 28 + (s.cust_id % 40),
       CASE WHEN s.cust_id % 30 = 0 THEN 'C' ELSE 'A' END,
       NULL, NULL,
       CASE WHEN s.cust_id % 30 = 0 THEN s.cancelled_dt + 28 + (s.cust_id % 40) + 120 END,
       'Came back after cancelling'
FROM subscriptions s
WHERE s.sub_id = s.cust_id AND s.cust_id % 6 = 0 AND s.st = 'C'
  AND s.cancelled_dt + 28 + (s.cust_id % 40) <= date '2026-11-01';
UPDATE subscriptions SET cancelled_dt = date '2026-11-26', st = 'C'
WHERE sub_id > 120 AND st = 'C' AND cancelled_dt > date '2026-11-26';

-- every box that was due: skipped ones go to sub_skips, the rest to deliveries
DROP TABLE IF EXISTS pg_temp.due;
CREATE TEMP TABLE due AS
SELECT s.sub_id, s.cust_id, c.round_id, s.box_sz, w,
       date '2024-01-01' + w*7 + CASE c.round_id WHEN 1 THEN 1 ELSE 3 END AS dt,
       ((s.sub_id*7 + w*13) % 23) < (s.sub_id % 4) AS skipped
FROM subscriptions s
JOIN customer c ON c.cust_id = s.cust_id
CROSS JOIN generate_series(0, 152) AS w
WHERE (s.freq = 'W' OR (w + s.sub_id) % 2 = 0);
DELETE FROM due
WHERE dt < (SELECT start_dt FROM subscriptions s WHERE s.sub_id = due.sub_id)
   OR dt >= (SELECT coalesce(cancelled_dt, paused_from, date '2026-12-01') FROM subscriptions s WHERE s.sub_id = due.sub_id)
   OR dt > date '2026-11-30'
   OR (extract(month FROM dt) = 12 AND extract(day FROM dt) >= 24);

INSERT INTO sub_skips (skip_id, sub_id, skip_dt, logged_dt, reason)
SELECT row_number() OVER (ORDER BY dt, sub_id),
       sub_id, dt, dt - (1 + (sub_id + w) % 9),
       CASE (sub_id + w) % 5 WHEN 0 THEN 'On holiday' WHEN 1 THEN 'Away for the week'
                             WHEN 2 THEN 'Still got veg left' END
FROM due WHERE skipped;

INSERT INTO deliveries (del_id, sub_id, round_id, del_dt, box_sz, box_amt, st, driver_note)
SELECT row_number() OVER (ORDER BY dt, sub_id),
       sub_id, round_id, dt, box_sz,
       CASE WHEN x.st = 'F' THEN 0
            WHEN rn = 1 AND sub_id % 9 = 0 THEN 0
            ELSE (CASE box_sz WHEN 'S' THEN 12.50 WHEN 'M' THEN 17.50 ELSE 23.00 END)
                 + (extract(year FROM dt) - 2024) * (CASE box_sz WHEN 'S' THEN 0.75 WHEN 'M' THEN 1.00 ELSE 1.25 END)
       END,
       x.st,
       CASE WHEN x.st = 'F' AND dt = date '2026-01-08' THEN 'Snow - could not get up the hill'
            WHEN x.st = 'F' THEN (ARRAY['Nobody in, brought it back','Could not find the house','Gate locked',NULL])[(sub_id + w) % 4 + 1]
            WHEN x.st = 'N' THEN 'Left with next door'
            WHEN rn = 1 THEN 'First box'
       END
FROM (
    SELECT d.*, row_number() OVER (PARTITION BY sub_id ORDER BY dt) AS rn,
           ((sub_id*131 + w*71 + w*w) % 97) AS h,
           CASE WHEN round_id = 1 THEN 3 ELSE 5 END + CASE WHEN cust_id % 13 = 0 THEN 10 ELSE 0 END AS fail_rate
    FROM due d WHERE NOT skipped
) d
CROSS JOIN LATERAL (
    SELECT CASE WHEN d.round_id = 2 AND d.dt = date '2026-01-08' AND d.sub_id % 5 <> 0 THEN 'F'
                WHEN d.h < d.fail_rate THEN 'F'
                WHEN d.h < d.fail_rate + 9 THEN 'N'
                ELSE 'D' END AS st
) x;
DROP TABLE due;

INSERT INTO extras VALUES
 (1, 'Half dozen free-range eggs', 'E', 'Whiteshill Farm',      2.60, true),
 (2, 'Dozen free-range eggs',      'E', 'Whiteshill Farm',      4.80, true),
 (3, 'Duck eggs (4)',              'E', 'Sheepscombe ducks',    3.40, true),
 (4, 'Sourdough loaf',             'B', 'Stroud Bakehouse',     4.50, true),
 (5, 'Seeded rye',                 'B', 'Stroud Bakehouse',     3.90, true),
 (6, 'Local honey 340g',           'P', 'Painswick bees',       7.20, true),
 (7, 'Apple juice 75cl',           'P', 'Day''s Cottage',       3.60, false),
 (8, 'Christmas cake',             'B', 'Stroud Bakehouse',    14.00, true);

INSERT INTO delivery_extra (dx_id, del_id, extra_id, qty, unit_price, disc_pct)
SELECT row_number() OVER (ORDER BY del_id, line),
       del_id, extra_id,
       1 + (del_id % 7 = 0)::int + (del_id % 19 = 0)::int,
       CASE WHEN del_id % 89 = 0 THEN 0
            ELSE e.unit_price - (2026 - extract(year FROM del_dt)) * 0.10 END,
       CASE (del_id*11 + line) % 20 WHEN 0 THEN 50 WHEN 1 THEN 10 WHEN 2 THEN 10 WHEN 3 THEN 10 WHEN 4 THEN 20 ELSE 0 END
FROM (
    SELECT d.del_id, d.del_dt, 1 AS line, 1 + (d.del_id*13 % 7) AS extra_id
    FROM deliveries d WHERE d.st <> 'F' AND (d.del_id*7 % 10) < 3
    UNION ALL
    SELECT d.del_id, d.del_dt, 2, 1 + ((d.del_id*13 % 7) + 1 + d.del_id % 6) % 7
    FROM deliveries d WHERE d.st <> 'F' AND (d.del_id*7 % 10) < 3 AND d.del_id % 11 = 0
) l
JOIN extras e USING (extra_id);

INSERT INTO dd_payments (pay_id, cust_id, dd_ref, for_month, collect_dt, amt, bounced, bounce_cd)
SELECT row_number() OVER (ORDER BY m.for_month, m.cust_id),
       m.cust_id, c.dd_ref, m.for_month, (m.for_month + interval '1 month')::date,
       m.box_total + coalesce(x.extra_total, 0),
       b.bounced,
       CASE WHEN NOT b.bounced THEN NULL
            WHEN m.mi % 5 = 0 THEN 'A'
            WHEN m.mi % 3 = 0 THEN 'C'
            ELSE 'I' END
FROM (
    SELECT s.cust_id, date_trunc('month', d.del_dt)::date AS for_month,
           (extract(year FROM d.del_dt) - 2024) * 12 + extract(month FROM d.del_dt) AS mi,
           sum(d.box_amt) AS box_total
    FROM deliveries d JOIN subscriptions s USING (sub_id)
    GROUP BY 1, 2, 3
) m
JOIN customer c ON c.cust_id = m.cust_id
LEFT JOIN (
    SELECT s.cust_id, date_trunc('month', d.del_dt)::date AS for_month,
           sum(dx.qty * dx.unit_price * (1 - dx.disc_pct / 100)) AS extra_total
    FROM delivery_extra dx JOIN deliveries d USING (del_id) JOIN subscriptions s USING (sub_id)
    GROUP BY 1, 2
) x ON x.cust_id = m.cust_id AND x.for_month = m.for_month
CROSS JOIN LATERAL (
    SELECT ((m.cust_id*7 + m.mi*11) % 29 = 0) OR (m.cust_id % 19 = 0 AND m.mi % 4 = 0) AS bounced
) b
WHERE c.dd_ref IS NOT NULL AND m.for_month <= date '2026-10-01';

INSERT INTO beds VALUES
 (1,  'T1', 'T', 30.0, true,  'Big tunnel, east half'),
 (2,  'T2', 'T', 30.0, true,  'Big tunnel, west half'),
 (3,  'T3', 'T', 18.0, true,  NULL),
 (4,  'T4', 'T', 18.0, false, 'Old tunnel - new skin 2025'),
 (5,  'F1', 'F', 25.0, true,  NULL),
 (6,  'F2', 'F', 25.0, true,  NULL),
 (7,  'F3', 'F', 25.0, true,  NULL),
 (8,  'F4', 'F', 25.0, true,  NULL),
 (9,  'F5', 'F', 25.0, true,  'Green manure all of 2026 (phacelia / clover)'),
 (10, 'F6', 'F', 25.0, true,  NULL),
 (11, 'F7', 'F', 25.0, false, 'Wet corner - potatoes do badly'),
 (12, 'F8', 'F', 25.0, true,  NULL),
 (13, 'F9', 'F', 25.0, true,  NULL),
 (14, 'F10','F', 25.0, true,  NULL),
 (15, 'F11','F', 25.0, true,  NULL),
 (16, 'F12','F', 20.0, true,  'New bed dug autumn 2026 - first crops next spring'),
 (17, 'W1', 'W', 12.0, true,  'Rhubarb'),
 (18, 'W2', 'W', 12.0, true,  'Asparagus'),
 (19, 'W3', 'W', 12.0, false, 'Chard until 2025, resting 2026 - wall being repointed');

INSERT INTO crop VALUES
 (1,  'Tomatoes',                   'Solanaceae', false, true,  'Jul-Oct'),
 (2,  'Cucumbers',                  'Cucurbit',   false, true,  'Jun-Sep'),
 (3,  'Peppers',                    'Solanaceae', false, true,  'Aug-Oct'),
 (4,  'Salad leaves',               'Salad',      false, true,  'All year'),
 (5,  'Potatoes',                   'Solanaceae', false, true,  'Jun-Oct'),
 (6,  'Carrots',                    'Root',       false, true,  'Jul-Dec'),
 (7,  'Beetroot',                   'Root',       false, true,  'Jun-Nov'),
 (8,  'Leeks',                      'Allium',     false, true,  'Oct-Mar'),
 (9,  'Onions',                     'Allium',     false, true,  'Aug-Sep'),
 (10, 'Kale',                       'Brassica',   false, true,  'Sep-Mar'),
 (11, 'Cabbage',                    'Brassica',   false, true,  'Jul-Feb'),
 (12, 'Purple sprouting broccoli',  'Brassica',   false, true,  'Feb-Apr'),
 (13, 'Courgettes',                 'Cucurbit',   false, true,  'Jun-Sep'),
 (14, 'Squash',                     'Cucurbit',   false, true,  'Sep-Oct'),
 (15, 'Runner beans',               'Legume',     false, true,  'Jul-Sep'),
 (16, 'Broad beans',                'Legume',     false, true,  'Jun-Jul'),
 (17, 'Parsnips',                   'Root',       false, true,  'Nov-Feb'),
 (18, 'Chard',                      'Salad',      false, true,  'Apr-Nov'),
 (19, 'Rhubarb',                    'Perennial',  true,  true,  'Apr-Jun'),
 (20, 'Asparagus',                  'Perennial',  true,  true,  'May-Jun'),
 (21, 'Garlic',                     'Allium',     false, true,  'Jul'),
 (22, 'Apples',                     'Fruit',      true,  false, NULL),
 (23, 'Mushrooms',                  'Fungi',      false, false, NULL);

-- Monday and Wednesday picks for every crop in season
INSERT INTO harvest_log (hl_id, pick_dt, crop_id, bed_id, kg, grade, picked_by, notes)
SELECT row_number() OVER (ORDER BY p.dt, p.crop_id, p.bed_id),
       p.dt, p.crop_id, p.bed_id,
       round(p.base_kg * (0.5 + ((p.w*7 + p.crop_id*13 + p.dd*5 + p.w*p.w) % 17) / 10.0), 2),
       CASE WHEN (p.w*3 + p.crop_id*5 + p.dd) % 9 = 0 THEN 'B' ELSE 'A' END,
       (ARRAY['Tom','Meg','Ash','Volunteers'])[(p.w + p.dd + p.crop_id) % 4 + 1],
       CASE WHEN p.crop_id = 1 AND p.dt BETWEEN date '2024-09-01' AND date '2024-09-20' THEN 'Blight - picked green for chutney'
            WHEN p.crop_id = 11 AND (p.w + p.dd) % 13 = 0 THEN 'Slug damage on outer leaves'
            WHEN p.crop_id = 6 AND (p.w + p.dd) % 17 = 0 THEN 'Carrot fly in a few'
       END
FROM (
    SELECT g.dt, g.w, g.dd, c.crop_id, c.base_kg,
           CASE
             WHEN c.area = 'T' THEN
               CASE WHEN c.crop_id = 4 AND (g.w + g.dd) % 3 = 0 THEN 1 + ((c.crop_id + g.yr + 1) % 4)
                    ELSE 1 + ((c.crop_id + g.yr) % 4) END
             WHEN c.area = 'W' AND NOT (c.crop_id = 18 AND g.yr = 2026) THEN c.wbed
             ELSE
               CASE WHEN g.yr = 2026 THEN
                      (ARRAY[5,6,7,8,10,11,12,13,14,15])[((c.crop_id*3 + g.yr + CASE WHEN (g.w + g.dd) % 3 = 0 THEN 1 ELSE 0 END) % 10) + 1]
                    ELSE
                      (ARRAY[5,6,7,8,9,10,11,12,13,14,15])[((c.crop_id*3 + g.yr + CASE WHEN (g.w + g.dd) % 3 = 0 THEN 1 ELSE 0 END) % 11) + 1]
               END
           END AS bed_id
    FROM (
        SELECT w, dd, date '2024-01-01' + w*7 + dd AS dt,
               extract(year FROM date '2024-01-01' + w*7 + dd)::int AS yr,
               extract(month FROM date '2024-01-01' + w*7 + dd)::int AS mon
        FROM generate_series(0, 152) AS w CROSS JOIN (VALUES (0), (2)) AS v(dd)
    ) g
    JOIN (VALUES
        -- crop, first month, last month, area, walled bed, base kg, Mondays only
        (1, 7, 10, 'T', NULL, 14.0, false),
        (2, 6, 9,  'T', NULL, 8.0,  false),
        (3, 8, 10, 'T', NULL, 4.0,  false),
        (4, 1, 12, 'T', NULL, 3.5,  false),
        (5, 6, 10, 'F', NULL, 40.0, true),
        (6, 7, 12, 'F', NULL, 15.0, false),
        (7, 6, 11, 'F', NULL, 10.0, false),
        (8, 10, 3, 'F', NULL, 12.0, false),
        (9, 8, 9,  'F', NULL, 30.0, true),
        (10, 9, 3, 'F', NULL, 6.0,  false),
        (11, 7, 2, 'F', NULL, 11.0, false),
        (12, 2, 4, 'F', NULL, 5.0,  false),
        (13, 6, 9, 'F', NULL, 12.0, false),
        (14, 9, 10,'F', NULL, 35.0, true),
        (15, 7, 9, 'F', NULL, 9.0,  false),
        (16, 6, 7, 'F', NULL, 7.0,  false),
        (17, 11, 2,'F', NULL, 18.0, true),
        (18, 4, 11,'W', 19,   5.0,  false),
        (19, 4, 6, 'W', 17,   6.0,  false),
        (20, 5, 6, 'W', 18,   2.5,  false),
        (21, 7, 7, 'F', NULL, 20.0, true)
    ) AS c(crop_id, m_from, m_to, area, wbed, base_kg, mon_only)
      ON (CASE WHEN c.m_from <= c.m_to THEN g.mon BETWEEN c.m_from AND c.m_to
               ELSE g.mon >= c.m_from OR g.mon <= c.m_to END)
     AND (NOT c.mon_only OR g.dd = 0)
    WHERE g.dt <= date '2026-11-30'
      AND NOT (g.mon = 12 AND extract(day FROM g.dt) >= 24)
) p;

-- wholesale orders every Monday, more lines in the hungry gap (March - June)
INSERT INTO bought_in (bi_id, order_dt, supplier, crop_id, item_desc, qty_kg, cost_per_kg, organic, inv_ref, paid_dt)
SELECT row_number() OVER (ORDER BY o.dt, o.k),
       o.dt, it.supplier, it.crop_id, it.item_desc,
       CASE WHEN (o.w*o.k) % 53 = 7 THEN 0
            ELSE round(it.base_qty * (0.6 + ((o.w*11 + o.k*5) % 20) / 10.0), 1) END,
       it.cost + (extract(year FROM o.dt) - 2024) * 0.10,
       it.organic,
       it.prefix || '-' || to_char(o.dt, 'YYMM'),
       CASE WHEN o.dt >= date '2026-11-01' THEN NULL
            WHEN (o.w*7 + o.k) % 41 = 0 THEN NULL
            ELSE (date_trunc('month', o.dt) + interval '1 month 14 days')::date END
FROM (
    SELECT w, k, date '2024-01-01' + w*7 AS dt, 1 + ((w*3 + k*7) % 10) AS item
    FROM generate_series(0, 152) AS w
    CROSS JOIN generate_series(1, 5) AS k
    WHERE k <= 2 + CASE WHEN extract(month FROM date '2024-01-01' + w*7) BETWEEN 3 AND 6 THEN 3 ELSE 0 END
      AND NOT (extract(month FROM date '2024-01-01' + w*7) = 12 AND extract(day FROM date '2024-01-01' + w*7) >= 24)
) o
JOIN (VALUES
    (1,  'Bristol Fruit Market', NULL::smallint, 'Oranges',               12.0, 1.60, false, 'BFM'),
    (2,  'Sunnyfields Organic',  NULL,           'Bananas (Fairtrade)',   10.0, 1.90, true,  'SFO'),
    (3,  'Sunnyfields Organic',  22,             'Apples - Cox / Braeburn', 15.0, 2.10, true,  'SFO'),
    (4,  'Cotswold Mushrooms',   23,             'Chestnut mushrooms',     4.0, 5.50, false, 'CMU'),
    (5,  'Bristol Fruit Market', 9,              'Brown onions',          20.0, 0.90, false, 'BFM'),
    (6,  'Sunnyfields Organic',  6,              'Carrots',               15.0, 1.20, true,  'SFO'),
    (7,  'Bristol Fruit Market', 5,              'Potatoes - Maris Piper', 25.0, 0.70, false, 'BFM'),
    (8,  'Sunnyfields Organic',  1,              'Vine tomatoes',          6.0, 3.40, true,  'SFO'),
    (9,  'Bristol Fruit Market', NULL,           'Lemons',                 3.0, 2.80, false, 'BFM'),
    (10, 'Sunnyfields Organic',  4,              'Salad leaves',           2.0, 9.00, true,  'SFO')
) AS it(item, supplier, crop_id, item_desc, base_qty, cost, organic, prefix)
  ON it.item = o.item;

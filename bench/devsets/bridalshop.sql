-- Ivory & Lace Bridal: our shop database (PostgreSQL).
-- We are a small bridal boutique selling wedding gowns and bridesmaid dresses.
-- A bride comes in for a first look appointment; if she says yes to a dress we order it
-- from the designer in her size, take a deposit on the day and note when the designer
-- expects to deliver it. received_dt stays empty until the dress actually arrives in the shop.
-- The balance is paid before she collects; bridesmaid dresses are paid in full when ordered.
-- Once a gown is in she comes back for fittings, and our two seamstresses (Marta and Jo)
-- do the alterations - hemming, bustles, taking in - which are charged separately.
-- We also sell veils, belts, tiaras and other accessories off the shelf, and once a year
-- we clear our shop samples in the summer sample sale at a discount.
-- Everything runs off the wedding date: gowns must be in at least six weeks before,
-- balances are due about two weeks before, collection is the week before.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS samples;
DROP TABLE IF EXISTS sample_sale;
DROP TABLE IF EXISTS acc_sales;
DROP TABLE IF EXISTS accessories;
DROP TABLE IF EXISTS alterations;
DROP TABLE IF EXISTS seamstress;
DROP TABLE IF EXISTS payments;
DROP TABLE IF EXISTS appt;
DROP TABLE IF EXISTS gown_orders;
DROP TABLE IF EXISTS customer;
DROP TABLE IF EXISTS styles;
DROP TABLE IF EXISTS designers;

-- ---------------------------------------------------------------- designers
CREATE TABLE designers (
    designer_id  int PRIMARY KEY,
    designer_nm  text NOT NULL,
    country      text,
    lead_wks     int NOT NULL,
    active       boolean NOT NULL DEFAULT true,
    acct_ref     text,
    notes        text
);
COMMENT ON TABLE designers IS 'The designers / labels we buy gowns and bridesmaid dresses from.';
COMMENT ON COLUMN designers.designer_nm IS 'Designer or label name as it appears on the swing tag.';
COMMENT ON COLUMN designers.lead_wks IS 'Usual lead time in weeks the designer quotes from order to delivery.';
COMMENT ON COLUMN designers.active IS 'False = we no longer stock this designer.';
COMMENT ON COLUMN designers.acct_ref IS 'Our trade account number with the designer (empty if not set up yet).';

INSERT INTO designers VALUES
 (1,  'Aurelie Bridal',    'France',    24, true,  'AUR-0041', NULL),
 (2,  'Maison Clair',      'France',    28, true,  'MCL-1187', 'Order by the 15th to make the month-end cut'),
 (3,  'Rosa Lind',         'Spain',     20, true,  'RL-3320',  NULL),
 (4,  'Whitfield & Vane',  'UK',        16, true,  'WV-0098',  'UK made, quickest turnaround'),
 (5,  'Elodie Marsh',      'UK',        18, true,  'EM-2201',  NULL),
 (6,  'Costa Novia',       'Spain',     22, true,  'CN-7710',  NULL),
 (7,  'Harlow Atelier',    'USA',       30, true,  'HA-5532',  'Ships from Chicago, allow for customs'),
 (8,  'Bellweather',       'Australia', 26, true,  'BW-0419',  NULL),
 (9,  'Juniper Row',       'UK',        10, true,  'JR-8802',  'Bridesmaids only'),
 (10, 'Dove & Drake',      'USA',       12, true,  'DD-6104',  'Bridesmaids, minimum 2 per party'),
 (11, 'Santelli Sposa',    'Italy',     32, false, 'SS-0007',  'Stopped stocking them spring 2025'),
 (12, 'Fenna Wilde',       'UK',        20, true,  NULL,       'New label - first trunk show January 2027');

-- ---------------------------------------------------------------- styles
CREATE TABLE styles (
    style_id      int PRIMARY KEY,
    designer_id   int NOT NULL REFERENCES designers(designer_id),
    style_cd      text NOT NULL,
    style_nm      text,
    cat           char(1) NOT NULL,
    list_price    numeric(10,2) NOT NULL,
    discontinued  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE styles IS 'The dress styles we carry, one row per designer style (the catalogue).';
COMMENT ON COLUMN styles.style_cd IS 'Designer''s style code.';
COMMENT ON COLUMN styles.cat IS 'Category: G = bridal gown, B = bridesmaid dress.';
COMMENT ON COLUMN styles.list_price IS 'Our selling price in GBP.';
COMMENT ON COLUMN styles.discontinued IS 'True = designer has dropped the style, can''t be ordered any more.';

INSERT INTO styles
SELECT CASE WHEN d.designer_id <= 8 THEN (d.designer_id - 1) * 14 + k
            WHEN d.designer_id = 9 THEN 112 + k
            WHEN d.designer_id = 10 THEN 122 + k
            ELSE 132 + k END,
       d.designer_id,
       upper(left(replace(d.designer_nm, ' ', ''), 3)) || '-' || lpad((100 + k * 17 + d.designer_id * 7)::text, 4, '0'),
       (ARRAY['Ivy','Sienna','Margot','Celeste','Odette','Willow','Aurora','Beatrix','Clementine','Delphine',
              'Elowen','Florence','Genevieve','Harper','Isla','Juliet','Lottie','Maeve','Nell','Ophelia',
              'Primrose','Rosalind','Seraphina','Thea','Vivienne','Wren'])[1 + (k * 5 + d.designer_id * 3) % 26],
       CASE WHEN d.designer_id IN (9, 10) THEN 'B' ELSE 'G' END,
       CASE WHEN d.designer_id IN (9, 10) THEN 125 + ((k * 37 + d.designer_id) % 9) * 15
            WHEN d.designer_id = 7 THEN 1550 + ((k * 173 + d.designer_id * 59) % 27) * 100
            ELSE 950 + ((k * 173 + d.designer_id * 59) % 27) * 100 END,
       (k % 6 = 0 OR d.designer_id = 11)
FROM designers d
CROSS JOIN LATERAL generate_series(1, CASE WHEN d.designer_id IN (9, 10) THEN 10
                                           WHEN d.designer_id = 12 THEN 0 ELSE 14 END) AS k;

-- ---------------------------------------------------------------- customer
CREATE TABLE customer (
    cust_id     int PRIMARY KEY,
    cust_name   text NOT NULL,
    email       text,
    phone       text,
    wedding_dt  date,
    venue       text,
    ref_src     char(1),
    created_dt  date NOT NULL,
    notes       text
);
COMMENT ON TABLE customer IS 'Our brides - everyone who has booked in with us, whether or not she bought.';
COMMENT ON COLUMN customer.wedding_dt IS 'Wedding date. Empty = bride hasn''t set a date yet.';
COMMENT ON COLUMN customer.ref_src IS 'How she found us: I = Instagram, G = Google, W = word of mouth, F = wedding fair, O = other. Empty = didn''t say.';
COMMENT ON COLUMN customer.created_dt IS 'Date she was added to the system (usually when she booked her first appointment).';

INSERT INTO customer
SELECT i,
       fn || ' ' || ln,
       CASE WHEN i % 31 = 0 THEN NULL
            ELSE lower(replace(replace(fn, ' ', ''), '''', '')) || '.' || lower(replace(replace(ln, ' ', ''), '''', ''))
                 || (ARRAY['@gmail.com','@hotmail.co.uk','@outlook.com','@icloud.com'])[1 + i % 4] END,
       '07' || lpad(((i::bigint * 7919 * 104729) % 1000000000)::text, 9, '0'),
       CASE WHEN wd IS NULL THEN NULL ELSE wd + ((6 - extract(dow FROM wd)::int + 7) % 7) END,
       CASE WHEN i % 13 = 0 THEN NULL
            ELSE (ARRAY['Hollins Hall','St Mary''s Church','The Old Barn','Castle Howard','Register Office',
                        'Rudding Park','The Grange','Swinton Estate','Bolton Abbey','Oakwood Manor'])[1 + (i * 7) % 10] END,
       CASE WHEN i % 29 = 0 THEN NULL
            ELSE (ARRAY['I','G','W','F','O','I','W','G','I','F'])[1 + (i * 3) % 10] END,
       cd,
       CASE WHEN i % 17 = 0 THEN 'Wants sleeves added'
            WHEN i % 23 = 0 THEN 'Bringing mum and sister'
            WHEN i % 41 = 0 THEN 'Pregnant - allow for changes at final fitting'
            ELSE NULL END
FROM (
    SELECT i,
           (ARRAY['Amelia','Olivia','Isla','Ava','Emily','Sophie','Grace','Lily','Chloe','Ella',
                  'Hannah','Jessica','Lucy','Megan','Holly','Katie','Rebecca','Laura','Charlotte','Georgia',
                  'Zoë','Siobhán','Niamh','Priya','Aisha','Freya','Rosie','Eleanor','Abigail','Matilda',
                  'Harriet','Imogen','Bethany','Naomi','Anna','Leah','Jade','Amy','Ellie','Mia'])[1 + i % 40] AS fn,
           (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Patel','Robinson',
                  'Wright','Thompson','Evans','Walker','White','Roberts','Green','Hall','Thomas','Clarke',
                  'Jackson','Wood','Harris','Edwards','Turner','Martin','Cooper','Hill','Ward','Hughes',
                  'Moore','Clark','King','Harrison','Lewis','Baker','Lee','Allen','Morris','Khan',
                  'Scott','Watson','Davis','Parker','O''Neill','Kowalczyk','Bennett','Young','Mitchell','Kaur'])[1 + ((i / 40) * 7 + i % 40) % 50] AS ln,
           cd,
           CASE WHEN i % 53 = 0 THEN NULL ELSE cd + 170 + (i * 53 % 370) END AS wd
    FROM (SELECT i, (date '2024-01-03' + (i * 1062 / 1200) - (i * 7 % 3))::date AS cd
          FROM generate_series(1, 1200) AS i) s
) t;

-- ---------------------------------------------------------------- gown_orders
CREATE TABLE gown_orders (
    order_id     int PRIMARY KEY,
    cust_id      int NOT NULL REFERENCES customer(cust_id),
    style_id     int NOT NULL REFERENCES styles(style_id),
    ord_type     char(1) NOT NULL,
    size_uk      int,
    order_dt     date NOT NULL,
    exp_dt       date,
    received_dt  date,
    price_amt    numeric(10,2) NOT NULL,
    st           char(1) NOT NULL,
    notes        text
);
COMMENT ON TABLE gown_orders IS 'Every dress we order from a designer for a customer - brides'' gowns and bridesmaid dresses, one row per dress.';
COMMENT ON COLUMN gown_orders.ord_type IS 'G = bride''s gown, B = bridesmaid dress.';
COMMENT ON COLUMN gown_orders.size_uk IS 'UK size ordered. Empty = made to measure.';
COMMENT ON COLUMN gown_orders.exp_dt IS 'Delivery date the designer gave us when we ordered.';
COMMENT ON COLUMN gown_orders.received_dt IS 'Date the dress arrived in the shop. Empty = not arrived yet (or never will, if cancelled).';
COMMENT ON COLUMN gown_orders.price_amt IS 'Price agreed with the customer in GBP (after any trunk show discount).';
COMMENT ON COLUMN gown_orders.st IS 'Status: O = on order with the designer, R = received and in the shop, C = collected by the customer, X = cancelled.';

WITH g AS (   -- brides' gowns
    SELECT c.cust_id, c.wedding_dt, c.created_dt,
           (c.created_dt + 5 + (c.cust_id * 13 % 36))::date AS order_dt,
           CASE WHEN c.created_dt + 5 + (c.cust_id * 13 % 36) < date '2025-04-01' AND c.cust_id % 9 = 0 THEN 11
                ELSE (ARRAY[1,1,1,2,2,3,3,3,3,4,4,5,6,6,7,8])[1 + (c.cust_id * 7 + c.cust_id / 11) % 16] END AS des,
           1 + (c.cust_id * 5 % 14) AS k,
           (c.cust_id * 53 % 97) < 3 AS cancelled
    FROM customer c
    WHERE (c.cust_id * 37 % 101) % 10 < 7
      AND c.created_dt + 5 + (c.cust_id * 13 % 36) <= date '2026-11-30'
), g2 AS (
    SELECT g.*, s.style_id, s.list_price, d.lead_wks,
           CASE WHEN g.wedding_dt IS NULL THEN g.order_dt + d.lead_wks * 7
                ELSE least(g.order_dt + d.lead_wks * 7, g.wedding_dt - 42) END AS exp_dt
    FROM g
    JOIN styles s ON s.style_id = CASE WHEN g.des = 11 THEN 132 + g.k ELSE (g.des - 1) * 14 + g.k END
    JOIN designers d ON d.designer_id = g.des
), g3 AS (
    SELECT g2.*,
           CASE WHEN cancelled THEN NULL
                WHEN exp_dt BETWEEN date '2026-07-01' AND date '2026-11-20' AND cust_id % 6 = 0
                     AND (wedding_dt IS NULL OR wedding_dt > date '2026-11-30') THEN NULL
                WHEN exp_dt + ((cust_id * 17 % 23) - 8) > date '2026-11-30' THEN NULL
                ELSE exp_dt + ((cust_id * 17 % 23) - 8) END AS received_dt
    FROM g2
), b AS (     -- bridesmaid dresses, same style for the whole party
    SELECT g3.cust_id, g3.wedding_dt, j,
           (g3.order_dt + 30 + g3.cust_id % 40)::date AS order_dt,
           112 + (g3.cust_id % 2) * 10 + 1 + (g3.cust_id * 3 % 10) AS style_id,
           8 + 2 * ((g3.cust_id + j * 3) % 8) AS size_uk,
           g3.cancelled
    FROM g3
    CROSS JOIN LATERAL generate_series(1, 3 + g3.cust_id % 4) AS j
    WHERE g3.cust_id % 5 = 2 AND g3.wedding_dt IS NOT NULL
      AND g3.order_dt + 30 + g3.cust_id % 40 <= date '2026-11-30'
), b2 AS (
    SELECT b.*, s.list_price,
           least(b.order_dt + d.lead_wks * 7, b.wedding_dt - 28) AS exp_dt
    FROM b JOIN styles s ON s.style_id = b.style_id JOIN designers d ON d.designer_id = s.designer_id
), allo AS (
    SELECT cust_id, style_id, 'G' AS ord_type,
           CASE WHEN cust_id % 61 = 0 THEN NULL ELSE 6 + 2 * (cust_id * 3 % 10) END AS size_uk,
           order_dt, exp_dt, received_dt,
           round(list_price * CASE WHEN cust_id % 8 = 0 THEN 0.9 ELSE 1 END, 2) AS price_amt,
           CASE WHEN cancelled THEN 'X' WHEN received_dt IS NULL THEN 'O'
                WHEN wedding_dt IS NOT NULL AND wedding_dt - 7 <= date '2026-11-30' THEN 'C' ELSE 'R' END AS st,
           CASE WHEN cancelled THEN 'Wedding called off'
                WHEN cust_id % 8 = 0 THEN 'Trunk show 10% off'
                WHEN cust_id % 61 = 0 THEN 'Made to measure'
                WHEN received_dt IS NULL AND exp_dt < date '2026-11-21' AND NOT cancelled THEN 'Chased designer - running late'
                ELSE NULL END AS notes,
           0 AS j
    FROM g3
    UNION ALL
    SELECT cust_id, style_id, 'B', size_uk, order_dt, exp_dt, rec,
           list_price,
           CASE WHEN cancelled THEN 'X' WHEN rec IS NULL THEN 'O'
                WHEN wedding_dt - 7 <= date '2026-11-30' THEN 'C' ELSE 'R' END,
           CASE WHEN j = 1 AND NOT cancelled THEN 'Bridesmaid party of ' || (3 + cust_id % 4) ELSE NULL END,
           j
    FROM (SELECT b2.*,
                 CASE WHEN cancelled THEN NULL
                      WHEN exp_dt + ((cust_id * 11 % 15) - 5) > date '2026-11-30' THEN NULL
                      ELSE exp_dt + ((cust_id * 11 % 15) - 5) END AS rec
          FROM b2) bb
)
INSERT INTO gown_orders
SELECT row_number() OVER (ORDER BY order_dt, cust_id, j)::int,
       cust_id, style_id, ord_type, size_uk, order_dt, exp_dt, received_dt, price_amt, st, notes
FROM allo;

-- ---------------------------------------------------------------- appt
CREATE TABLE appt (
    appt_id     int PRIMARY KEY,
    cust_id     int NOT NULL REFERENCES customer(cust_id),
    appt_dt     timestamp NOT NULL,
    appt_type   char(1) NOT NULL,
    no_show     boolean NOT NULL DEFAULT false,
    consultant  text,
    notes       text
);
COMMENT ON TABLE appt IS 'Appointment diary - every booking in the shop.';
COMMENT ON COLUMN appt.appt_type IS 'Type: F = first look (trying on), T = fitting, C = collection of the dress.';
COMMENT ON COLUMN appt.no_show IS 'True = she didn''t turn up and didn''t cancel.';
COMMENT ON COLUMN appt.consultant IS 'Which of us looked after her.';

WITH a AS (
    -- first looks
    SELECT c.cust_id,
           (c.created_dt + (c.cust_id % 9)) + time '10:00' + (c.cust_id % 6) * interval '90 minutes' AS appt_dt,
           'F' AS appt_type,
           (c.cust_id * 31 % 100) < 12 AS no_show,
           NULL::text AS notes, 1 AS seq
    FROM customer c
    UNION ALL
    -- second first look, e.g. bringing mum back
    SELECT c.cust_id,
           (c.created_dt + (c.cust_id % 9) + 6) + time '11:00' + (c.cust_id % 5) * interval '90 minutes',
           'F', (c.cust_id * 17 % 100) < 8, 'Second visit', 2
    FROM customer c WHERE c.cust_id % 4 = 1
    UNION ALL
    -- fittings once the gown is in
    SELECT o.cust_id,
           (o.received_dt + 8 + (k - 1) * 9) + time '11:30' + ((o.cust_id + k) % 5) * interval '60 minutes',
           'T', (o.cust_id * k * 13 % 100) < 5,
           CASE WHEN k = 1 THEN 'First fitting' END, 2 + k
    FROM gown_orders o
    CROSS JOIN LATERAL generate_series(1, 1 + (o.cust_id * 7 % 5)) AS k
    JOIN customer c ON c.cust_id = o.cust_id
    WHERE o.ord_type = 'G' AND o.received_dt IS NOT NULL
      AND (c.wedding_dt IS NULL OR o.received_dt + 8 + (k - 1) * 9 < c.wedding_dt - 7)
    UNION ALL
    -- collection a week before the wedding
    SELECT o.cust_id, (c.wedding_dt - 7) + time '14:00', 'C', (o.cust_id % 89 = 0),
           CASE WHEN o.cust_id % 89 = 0 THEN 'Sister collected next day' END, 10
    FROM gown_orders o JOIN customer c ON c.cust_id = o.cust_id
    WHERE o.ord_type = 'G' AND o.st = 'C'
)
INSERT INTO appt
SELECT row_number() OVER (ORDER BY appt_dt, cust_id, seq)::int,
       cust_id, appt_dt, appt_type, no_show,
       (ARRAY['Kate','Bea','Lou'])[1 + (cust_id + seq) % 3],
       notes
FROM a
WHERE appt_dt < timestamp '2026-12-01';

-- ---------------------------------------------------------------- payments
CREATE TABLE payments (
    pay_id    int PRIMARY KEY,
    order_id  int NOT NULL REFERENCES gown_orders(order_id),
    pay_type  char(1) NOT NULL,
    amt       numeric(10,2) NOT NULL,
    paid_dt   date NOT NULL,
    method    char(1),
    ref       text
);
COMMENT ON TABLE payments IS 'Money taken against dress orders (and refunds given back).';
COMMENT ON COLUMN payments.pay_type IS 'D = deposit taken when ordering, B = balance paid before collection, F = paid in full up front (bridesmaids), R = refund given back to the customer (amount shown positive).';
COMMENT ON COLUMN payments.amt IS 'Amount in GBP.';
COMMENT ON COLUMN payments.method IS 'How paid: C = card, T = bank transfer, S = cash. Empty = not recorded.';

WITH p AS (
    SELECT o.order_id, 'D' AS pay_type,
           round(o.price_amt * CASE WHEN o.order_id % 4 = 0 THEN 0.3 ELSE 0.5 END, 2) AS amt,
           o.order_dt AS paid_dt, 1 AS seq
    FROM gown_orders o WHERE o.ord_type = 'G'
    UNION ALL
    SELECT o.order_id, 'B',
           o.price_amt - round(o.price_amt * CASE WHEN o.order_id % 4 = 0 THEN 0.3 ELSE 0.5 END, 2),
           CASE WHEN o.st = 'C' THEN c.wedding_dt - 14 ELSE o.received_dt + 3 END, 2
    FROM gown_orders o JOIN customer c ON c.cust_id = o.cust_id
    WHERE o.ord_type = 'G'
      AND (o.st = 'C' OR (o.st = 'R' AND o.order_id % 3 = 0 AND o.received_dt + 3 <= date '2026-11-30'))
    UNION ALL
    SELECT o.order_id, 'F', o.price_amt, o.order_dt, 1
    FROM gown_orders o WHERE o.ord_type = 'B'
    UNION ALL
    SELECT o.order_id, 'R',
           CASE WHEN o.ord_type = 'B' THEN o.price_amt
                ELSE round(o.price_amt * CASE WHEN o.order_id % 4 = 0 THEN 0.3 ELSE 0.5 END, 2) END,
           least(o.order_dt + 20, date '2026-11-30'), 3
    FROM gown_orders o
    WHERE o.st = 'X' AND (o.ord_type = 'B' OR o.order_id % 2 = 0)
)
INSERT INTO payments
SELECT row_number() OVER (ORDER BY paid_dt, order_id, seq)::int,
       order_id, pay_type, amt, paid_dt,
       CASE WHEN order_id % 37 = 0 THEN NULL
            WHEN (order_id * 7 + seq) % 10 < 7 THEN 'C'
            WHEN (order_id * 7 + seq) % 10 < 9 THEN 'T' ELSE 'S' END,
       'INV' || lpad(order_id::text, 5, '0') || '-' || pay_type
FROM p;

-- one deposit waived (staff family), the balance covers the whole price
UPDATE payments SET amt = 0, ref = ref || ' waived - Kate''s sister'
WHERE pay_id = (SELECT min(p.pay_id) FROM payments p JOIN gown_orders o ON o.order_id = p.order_id
                WHERE p.pay_type = 'D' AND o.st = 'C' AND p.paid_dt >= date '2024-03-01');
UPDATE payments SET amt = (SELECT o.price_amt FROM gown_orders o WHERE o.order_id = payments.order_id)
WHERE pay_type = 'B'
  AND order_id = (SELECT p.order_id FROM payments p WHERE p.amt = 0 AND p.pay_type = 'D');

-- ---------------------------------------------------------------- seamstress
CREATE TABLE seamstress (
    seam_id      int PRIMARY KEY,
    name         text NOT NULL,
    start_dt     date,
    rate_per_hr  numeric(6,2),
    active       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE seamstress IS 'Our seamstresses who do the alterations.';
COMMENT ON COLUMN seamstress.rate_per_hr IS 'What we pay her per hour in GBP.';

INSERT INTO seamstress VALUES
 (1, 'Marta Kowalska', '2019-03-01', 18.50, true),
 (2, 'Jo Pennington',  '2023-09-04', 16.00, true);

-- ---------------------------------------------------------------- alterations
CREATE TABLE alterations (
    alt_id      int PRIMARY KEY,
    order_id    int NOT NULL REFERENCES gown_orders(order_id),
    seam_id     int REFERENCES seamstress(seam_id),
    alt_type    char(1) NOT NULL,
    booked_dt   date NOT NULL,
    done_dt     date,
    charge_amt  numeric(8,2) NOT NULL,
    paid        boolean NOT NULL DEFAULT false,
    notes       text
);
COMMENT ON TABLE alterations IS 'Alteration jobs on brides'' gowns, charged separately from the gown.';
COMMENT ON COLUMN alterations.seam_id IS 'Seamstress doing the job.';
COMMENT ON COLUMN alterations.alt_type IS 'H = hemming, B = bustle, T = taking in, S = straps / sleeves, O = other.';
COMMENT ON COLUMN alterations.booked_dt IS 'Date the job was pinned and booked in at a fitting.';
COMMENT ON COLUMN alterations.done_dt IS 'Date the job was finished. Empty = still being worked on.';
COMMENT ON COLUMN alterations.charge_amt IS 'What we charge the bride for the job in GBP.';
COMMENT ON COLUMN alterations.paid IS 'True = the bride has paid for this job.';

WITH a AS (
    SELECT o.order_id, j,
           CASE WHEN j = 1 THEN CASE WHEN o.order_id % 7 = 0 THEN 'T' ELSE 'H' END
                WHEN j = 2 THEN 'B'
                ELSE (ARRAY['T','S','O'])[1 + (o.order_id / 3) % 3] END AS alt_type,
           (o.received_dt + 7 + j) AS booked_dt,
           c.wedding_dt
    FROM gown_orders o
    JOIN customer c ON c.cust_id = o.cust_id
    CROSS JOIN LATERAL generate_series(1, 1 + o.order_id % 3) AS j
    WHERE o.ord_type = 'G' AND o.received_dt IS NOT NULL AND o.order_id % 5 <> 4
      AND o.received_dt + 7 + j <= date '2026-11-30'
), a2 AS (
    SELECT a.*,
           CASE WHEN wedding_dt IS NULL THEN booked_dt + 6 + (order_id * j * 7 % 15)
                ELSE least(booked_dt + 6 + (order_id * j * 7 % 15), wedding_dt - 10) END AS fin_dt
    FROM a
)
INSERT INTO alterations
SELECT row_number() OVER (ORDER BY booked_dt, order_id, j)::int,
       order_id,
       CASE WHEN (order_id * 3 + j) % 5 < 3 THEN 1 ELSE 2 END,
       alt_type, booked_dt,
       CASE WHEN fin_dt > date '2026-11-30' THEN NULL ELSE fin_dt END,
       CASE alt_type
            WHEN 'H' THEN 120 + (order_id * 7 % 11) * 10
            WHEN 'B' THEN CASE WHEN order_id % 41 = 0 THEN 0 ELSE 85 + (order_id * 3 % 7) * 10 END
            WHEN 'T' THEN 95 + (order_id % 9) * 10
            WHEN 'S' THEN 60 + (order_id % 7) * 10
            ELSE 40 + (order_id * 13 % 17) * 10 END,
       CASE WHEN fin_dt <= date '2026-11-30' THEN (order_id + j) % 9 <> 0
            ELSE order_id % 4 = 0 END,
       CASE WHEN alt_type = 'B' AND order_id % 41 = 0 THEN 'Complimentary bustle - trunk show offer'
            WHEN alt_type = 'O' THEN (ARRAY['Add buttons','Cups sewn in','Lace appliqué moved','Loops for train'])[1 + order_id % 4]
            ELSE NULL END
FROM a2;

-- ---------------------------------------------------------------- accessories
CREATE TABLE accessories (
    acc_id       int PRIMARY KEY,
    sku          text NOT NULL,
    descr        text NOT NULL,
    acc_cat      char(1) NOT NULL,
    unit_price   numeric(8,2) NOT NULL,
    qty_on_hand  int NOT NULL,
    reorder_lvl  int,
    active       boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE accessories IS 'Accessories we sell off the shelf.';
COMMENT ON COLUMN accessories.acc_cat IS 'Category: V = veil, B = belt or sash, T = tiara or headpiece, J = jewellery, G = garter, S = shoes, C = cover-up (bolero, cape).';
COMMENT ON COLUMN accessories.unit_price IS 'Current shelf price in GBP.';
COMMENT ON COLUMN accessories.qty_on_hand IS 'How many we have in the stockroom right now.';
COMMENT ON COLUMN accessories.reorder_lvl IS 'Reorder when stock falls to this. Empty = we don''t reorder.';

INSERT INTO accessories VALUES
 (1,  'VL-FT-IV',  'Fingertip veil, ivory, raw edge',           'V',  95.00, 12, 4,    true),
 (2,  'VL-CH-IV',  'Chapel veil, ivory, pencil edge',           'V', 145.00,  8, 3,    true),
 (3,  'VL-CA-LC',  'Cathedral veil, lace edge',                 'V', 325.00,  3, 1,    true),
 (4,  'VL-BL-WH',  'Blusher veil, two tier, white',             'V', 120.00,  5, 2,    true),
 (5,  'VL-JU-IV',  'Juliet cap veil',                           'V', 180.00,  0, 1,    true),
 (6,  'VL-SP-GL',  'Sparkle veil, scattered glitter',           'V', 165.00,  6, 2,    true),
 (7,  'BT-CR-SL',  'Crystal belt, silver',                      'B', 135.00,  9, 3,    true),
 (8,  'BT-PL-GD',  'Pearl and leaf belt, gold',                 'B', 155.00,  4, 2,    true),
 (9,  'BT-SA-BL',  'Satin sash, blush',                         'B',  45.00, 20, 6,    true),
 (10, 'BT-SA-IV',  'Satin sash, ivory',                         'B',  45.00, 18, 6,    true),
 (11, 'BT-FL-RG',  'Floral appliqué belt, rose gold',           'B', 170.00,  0, 2,    true),
 (12, 'TI-VN-SL',  'Vintage tiara, silver',                     'T', 210.00,  3, 1,    true),
 (13, 'TI-CR-GD',  'Crystal crown, gold',                       'T', 260.00,  2, 1,    true),
 (14, 'TI-HV-RG',  'Halo headband, rose gold',                  'T', 140.00,  4, 1,    true),
 (15, 'HP-VI-SL',  'Vine hair piece, silver',                   'T',  85.00, 10, 3,    true),
 (16, 'HP-CM-PL',  'Pearl hair comb',                           'T',  65.00, 14, 4,    true),
 (17, 'HP-PN-SET', 'Crystal hair pins, set of 5',               'T',  35.00, 25, 8,    true),
 (18, 'JW-EA-DR',  'Drop earrings, crystal',                    'J',  55.00, 16, 5,    true),
 (19, 'JW-EA-PL',  'Pearl stud earrings',                       'J',  30.00, 22, 6,    true),
 (20, 'JW-NK-BD',  'Backdrop necklace',                         'J', 120.00,  3, 1,    true),
 (21, 'JW-BR-CR',  'Crystal bracelet',                          'J',  48.00,  7, 3,    true),
 (22, 'GT-LC-BL',  'Lace garter, blue bow',                     'G',  22.00, 30, 10,   true),
 (23, 'GT-SA-IV',  'Satin garter, ivory',                       'G',  18.00, 26, 10,   true),
 (24, 'GT-GIFT',   'Gift garter (free with gown)',              'G',   0.00, 40, 15,   true),
 (25, 'SH-BL-37',  'Block heel court, ivory satin',             'S', 110.00,  6, 2,    true),
 (26, 'SH-ST-IV',  'Strappy sandal, ivory',                     'S',  95.00,  5, 2,    true),
 (27, 'SH-FL-WH',  'Ballet flats, white (reception)',           'S',  55.00,  9, 3,    true),
 (28, 'CV-BO-LC',  'Lace bolero',                               'C',  85.00,  4, 2,    true),
 (29, 'CV-CP-CH',  'Chiffon cape',                              'C', 150.00,  2, 1,    true),
 (30, 'CV-SH-FX',  'Faux fur shrug',                            'C',  75.00,  7, 2,    true),
 (31, 'CV-CP-SQ',  'Sequin cape, long',                         'C', 295.00,  1, NULL, true),
 (32, 'VL-MA-IV',  'Mantilla veil, ivory',                      'V', 240.00,  2, 1,    true),
 (33, 'TI-BK-GD',  'Gold leaf back piece',                      'T', 120.00,  3, 1,    true),
 (34, 'JW-EA-HP',  'Hoop earrings, pearl drop',                 'J',  42.00,  0, 3,    false),
 (35, 'BT-RB-VL',  'Velvet ribbon belt, navy (something blue)', 'B',  38.00, 11, NULL, true),
 (36, 'VL-DB-LC',  'Double cathedral veil, embroidered',        'V', 420.00,  1, NULL, true),
 (37, 'TI-PL-HD',  'Pearl halo crown',                          'T', 195.00,  2, NULL, true),
 (38, 'SH-WE-GL',  'Glitter wedge, champagne',                  'S', 120.00,  3, NULL, true),
 (39, 'HP-FL-DR',  'Dried flower crown',                        'T',  58.00,  6, 2,    true),
 (40, 'JW-HA-SL',  'Silver hair vine and earring set',          'J',  90.00,  4, 2,    true);

-- ---------------------------------------------------------------- acc_sales
CREATE TABLE acc_sales (
    sale_id     int PRIMARY KEY,
    sale_dt     date NOT NULL,
    acc_id      int NOT NULL REFERENCES accessories(acc_id),
    cust_id     int REFERENCES customer(cust_id),
    qty         int NOT NULL,
    unit_price  numeric(8,2) NOT NULL,
    disc_pct    numeric(5,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE acc_sales IS 'Till lines for accessory sales, one row per item line.';
COMMENT ON COLUMN acc_sales.cust_id IS 'The bride, if she is one of ours. Empty = walk-in customer.';
COMMENT ON COLUMN acc_sales.unit_price IS 'Shelf price per item at the time of sale, before discount.';
COMMENT ON COLUMN acc_sales.disc_pct IS 'Discount given on the line, in percent (10 = our brides'' 10% off).';

WITH w(acc_id, wt) AS (   -- how well each item sells (31, 36, 37 are new and haven't sold yet)
    VALUES (1,10),(2,7),(3,2),(4,4),(5,2),(6,5),(7,5),(8,3),(9,8),(10,9),(11,2),(12,3),(13,2),(14,4),
           (15,6),(16,7),(17,9),(18,8),(19,11),(20,2),(21,4),(22,12),(23,6),(24,14),(25,4),(26,3),(27,5),
           (28,3),(29,2),(30,3),(32,1),(33,2),(34,2),(35,6),(38,1),(39,3),(40,2)
), pick AS (
    SELECT array_agg(w.acc_id ORDER BY w.acc_id, n) AS arr FROM w CROSS JOIN LATERAL generate_series(1, w.wt) AS n
)
INSERT INTO acc_sales
SELECT i, sd, aid,
       cid,
       CASE WHEN i % 11 = 0 THEN 2 WHEN i % 37 = 0 THEN 3 ELSE 1 END,
       round(a.unit_price * CASE WHEN sd < date '2025-01-01' THEN 0.95 ELSE 1 END, 2),
       CASE WHEN cid IS NOT NULL AND i % 4 = 1 THEN 10
            WHEN i % 50 = 7 THEN 20
            ELSE 0 END
FROM (
    SELECT i, sd,
           CASE WHEN x = 34 AND sd >= date '2025-07-01' THEN 19 ELSE x END AS aid,
           CASE WHEN i % 3 = 0 THEN NULL
                ELSE greatest(1, least(1200, i * 1200 / 1900 - i % 25)) END AS cid
    FROM (SELECT i, (date '2024-01-02' + (i * 1063 / 1900))::date AS sd,
                 pick.arr[1 + ((i::bigint * 2654435761) % 4294967296) * cardinality(pick.arr) / 4294967296] AS x
          FROM generate_series(1, 1900) AS i CROSS JOIN pick) s
) t
JOIN accessories a ON a.acc_id = t.aid;

-- ---------------------------------------------------------------- sample_sale
CREATE TABLE sample_sale (
    sale_id       int PRIMARY KEY,
    sale_yr       int NOT NULL,
    sale_nm       text,
    start_dt      date NOT NULL,
    end_dt        date NOT NULL,
    std_disc_pct  numeric(5,2) NOT NULL
);
COMMENT ON TABLE sample_sale IS 'Our yearly sample sale weekends, when shop samples are sold off.';
COMMENT ON COLUMN sample_sale.std_disc_pct IS 'Standard discount off the tag price for that sale, in percent.';

INSERT INTO sample_sale VALUES
 (1, 2024, 'Summer Sample Sale 2024',              '2024-06-22', '2024-06-23', 40),
 (2, 2025, 'Summer Sample Sale 2025',              '2025-06-21', '2025-06-22', 50),
 (3, 2026, 'Sample Sale 2026 - our 10th birthday', '2026-06-20', '2026-06-21', 50);

-- ---------------------------------------------------------------- samples
CREATE TABLE samples (
    sample_id  int PRIMARY KEY,
    style_id   int NOT NULL REFERENCES styles(style_id),
    size_uk    int,
    cond       char(1),
    tag_price  numeric(10,2) NOT NULL,
    sale_id    int REFERENCES sample_sale(sale_id),
    disc_pct   numeric(5,2),
    sold_dt    date,
    buyer_id   int REFERENCES customer(cust_id),
    notes      text
);
COMMENT ON TABLE samples IS 'Our shop sample gowns (the ones brides try on), and what happened to them in the sample sale.';
COMMENT ON COLUMN samples.cond IS 'Condition: A = as new, B = light marks, C = needs cleaning / repair.';
COMMENT ON COLUMN samples.tag_price IS 'Full price on the tag in GBP before any sample sale discount.';
COMMENT ON COLUMN samples.sale_id IS 'Which sample sale it went into. Empty = still on the rail, not put in a sale yet.';
COMMENT ON COLUMN samples.disc_pct IS 'Discount off the tag price for this sample in the sale, in percent.';
COMMENT ON COLUMN samples.sold_dt IS 'Date sold. Empty = not sold.';
COMMENT ON COLUMN samples.buyer_id IS 'Buyer if she is on our system. Empty = not sold or bought by someone not on our system.';

INSERT INTO samples
SELECT i, st.style_id, sz, cond, st.list_price, sid,
       CASE WHEN sid IS NULL THEN NULL
            ELSE ss.std_disc_pct + CASE WHEN cond = 'C' THEN 10 WHEN st.designer_id = 7 THEN -10 ELSE 0 END END,
       CASE WHEN sid IS NOT NULL AND (i * 29 % 10) < 7 THEN ss.start_dt + (i % 2) END,
       CASE WHEN sid IS NOT NULL AND (i * 29 % 10) < 7 AND i % 3 <> 0
            THEN (SELECT max(c.cust_id) FROM customer c WHERE c.created_dt <= ss.start_dt) - (i * 7 % 60) END,
       CASE WHEN cond = 'C' THEN 'Make-up mark on bodice' WHEN i % 19 = 0 THEN 'Zip replaced' END
FROM (
    SELECT i,
           CASE WHEN i % 16 = 0 THEN 133 + (i / 16) % 14 ELSE 1 + (i * 23 % 112) END AS style_ref,
           10 + 2 * (i % 3) AS sz,
           (ARRAY['A','A','B','B','C'])[1 + i * 7 % 5] AS cond,
           CASE WHEN i <= 55 THEN 1 WHEN i <= 115 THEN 2 WHEN i <= 170 THEN 3 END AS sid
    FROM generate_series(1, 190) AS i
) t
JOIN styles st ON st.style_id = t.style_ref
LEFT JOIN sample_sale ss ON ss.sale_id = t.sid;

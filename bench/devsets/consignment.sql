-- Second Act Designer Consignment, 14 Gardner Street, Brighton.
-- People (our consignors) bring in designer and good high-street clothes, bags and shoes for us to sell.
-- Everything comes in under a signed agreement: the standard split is 50/50, and for high-end labels
-- (Chanel, Gucci, Prada and friends) the consignor gets 60% and we keep 40%. On the agreement they also
-- choose whether anything that doesn't sell goes back to them or to the Martlets hospice shop.
-- Every piece gets a tag: brand, category, size, condition grade A-D and the asking price.
-- After 30 days on the rail it drops 20%, after 60 days 40%; at 90 days unsold it leaves the shop.
-- Sales are rung up item by item, in the shop or through the web shop. People haggle, so what it sold
-- for can be under the tag. Customers can bring things back within 14 days.
-- Consignors are paid once a month (around the 10th) for what sold the month before; the paid date on
-- a payout stays empty until the money has actually gone out.
-- Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS cust_returns;
DROP TABLE IF EXISTS sale_line;
DROP TABLE IF EXISTS sales;
DROP TABLE IF EXISTS price_reductions;
DROP TABLE IF EXISTS payouts;
DROP TABLE IF EXISTS items;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS category;
DROP TABLE IF EXISTS brands;
DROP TABLE IF EXISTS agreement;
DROP TABLE IF EXISTS consignors;

CREATE TABLE consignors (
  id          integer PRIMARY KEY,
  full_name   text NOT NULL,
  email       text,
  phone       text,
  town        text,
  joined_dt   date NOT NULL,
  payout_pref char(1) NOT NULL,
  active      boolean NOT NULL DEFAULT true,
  notes       text
);

CREATE TABLE agreement (
  agr_id        integer PRIMARY KEY,
  consignor_id  integer NOT NULL REFERENCES consignors(id),
  signed_dt     date NOT NULL,
  consignor_pct numeric(5,2) NOT NULL,
  unsold_action char(1) NOT NULL,
  ended_dt      date,
  notes         text
);

CREATE TABLE brands (
  id         integer PRIMARY KEY,
  brand_name text NOT NULL UNIQUE,
  tier       char(1) NOT NULL,
  country    text
);

CREATE TABLE category (
  cat_id      integer PRIMARY KEY,
  cat_name    text NOT NULL UNIQUE,
  min_ask_amt numeric(8,2) NOT NULL
);

CREATE TABLE customers (
  cust_id      integer PRIMARY KEY,
  name         text NOT NULL,
  email        text,
  postcode     text,
  mailing_list boolean NOT NULL DEFAULT false,
  created_dt   date NOT NULL
);

CREATE TABLE items (
  item_id    integer PRIMARY KEY,
  agr_id     integer NOT NULL REFERENCES agreement(agr_id),
  brand_id   integer NOT NULL REFERENCES brands(id),
  cat_id     integer NOT NULL REFERENCES category(cat_id),
  descr      text NOT NULL,
  size_lbl   text,
  cond_grade char(1) NOT NULL,
  ask_amt    numeric(8,2) NOT NULL,
  intake_dt  date NOT NULL,
  st         char(1) NOT NULL,
  out_dt     date,
  notes      text
);

CREATE TABLE price_reductions (
  id         integer PRIMARY KEY,
  item_id    integer NOT NULL REFERENCES items(item_id),
  reduced_dt date NOT NULL,
  pct_off    smallint NOT NULL,
  new_amt    numeric(8,2) NOT NULL
);

CREATE TABLE sales (
  sale_id     integer PRIMARY KEY,
  sale_ts     timestamp NOT NULL,
  channel     char(1) NOT NULL,
  cust_id     integer REFERENCES customers(cust_id),
  pay_type    char(1) NOT NULL,
  postage_amt numeric(6,2) NOT NULL DEFAULT 0,
  till_ref    text
);

CREATE TABLE sale_line (
  line_id  integer PRIMARY KEY,
  sale_id  integer NOT NULL REFERENCES sales(sale_id),
  item_id  integer NOT NULL UNIQUE REFERENCES items(item_id),
  tag_amt  numeric(8,2) NOT NULL,
  sold_amt numeric(8,2) NOT NULL
);

CREATE TABLE cust_returns (
  ret_id     integer PRIMARY KEY,
  line_id    integer NOT NULL REFERENCES sale_line(line_id),
  return_dt  date NOT NULL,
  reason_cd  char(1) NOT NULL,
  refund_amt numeric(8,2) NOT NULL,
  restocked  boolean NOT NULL,
  notes      text
);

CREATE TABLE payouts (
  id           integer PRIMARY KEY,
  consignor_id integer NOT NULL REFERENCES consignors(id),
  period_month date NOT NULL,
  amt          numeric(10,2) NOT NULL,
  paid_dt      date,
  method       char(1) NOT NULL,
  ref          text
);

COMMENT ON TABLE consignors IS 'People who bring their clothes in for us to sell on their behalf';
COMMENT ON COLUMN consignors.joined_dt IS 'Date they first registered with the shop';
COMMENT ON COLUMN consignors.payout_pref IS 'How they like to be paid: B = bank transfer, C = cash collected from the till, S = store credit';
COMMENT ON COLUMN consignors.active IS 'False once they have stopped consigning with us (no running agreement)';
COMMENT ON COLUMN consignors.notes IS 'Anything worth remembering about them';

COMMENT ON TABLE agreement IS 'Signed consignment agreements; a consignor who renews or changes terms gets a new one';
COMMENT ON COLUMN agreement.consignor_pct IS 'Consignor''s share of the sold price in percent: 50 for the standard 50/50, 60 for high-end labels (60/40 in their favour)';
COMMENT ON COLUMN agreement.unsold_action IS 'What happens after 90 days unsold: R = returned to the consignor, D = donated to charity (Martlets)';
COMMENT ON COLUMN agreement.ended_dt IS 'Date the agreement stopped; empty while it is still running';

COMMENT ON TABLE brands IS 'Labels we take in';
COMMENT ON COLUMN brands.tier IS 'L = luxury / high-end (gets the 60/40 split), D = designer, H = premium high street';

COMMENT ON TABLE category IS 'What kind of piece it is: dresses, coats, handbags, shoes ...';
COMMENT ON COLUMN category.min_ask_amt IS 'We don''t take anything in this category that would be priced under this';

COMMENT ON TABLE customers IS 'Customers we have details for: every web shop buyer plus shop customers with a loyalty card';
COMMENT ON COLUMN customers.mailing_list IS 'True if they signed up for the newsletter';

COMMENT ON TABLE items IS 'Every piece taken in on consignment, one row per tag';
COMMENT ON COLUMN items.agr_id IS 'Agreement it came in under (tells you whose it is and the split)';
COMMENT ON COLUMN items.descr IS 'What is written on the tag';
COMMENT ON COLUMN items.size_lbl IS 'Size as on the label (UK sizes, XS-L, or One size for bags and accessories)';
COMMENT ON COLUMN items.cond_grade IS 'Condition: A = new with tags / never worn, B = excellent, C = good, some wear, D = fair, visible wear (priced to match)';
COMMENT ON COLUMN items.ask_amt IS 'Original asking price on the tag, before any reductions';
COMMENT ON COLUMN items.intake_dt IS 'Day it came in and went on the rail';
COMMENT ON COLUMN items.st IS 'Status: A = on the rail / available, S = sold, R = returned to the consignor unsold, D = donated to charity unsold, W = withdrawn early by the consignor';
COMMENT ON COLUMN items.out_dt IS 'Day it left the shop unsold (returned, donated or withdrawn); empty while still here or when it was sold (see sale_line)';
COMMENT ON COLUMN items.notes IS 'Flaws, extras (dust bag, box, receipt), consignor wishes';

COMMENT ON TABLE price_reductions IS 'Automatic markdowns: 20% off after 30 days on the rail, 40% off after 60 days';
COMMENT ON COLUMN price_reductions.pct_off IS 'Percent off the original asking price: 20 or 40';
COMMENT ON COLUMN price_reductions.new_amt IS 'New price on the tag after the markdown';

COMMENT ON TABLE sales IS 'One row per till receipt or web order';
COMMENT ON COLUMN sales.channel IS 'S = sold in the shop, O = online through the web shop';
COMMENT ON COLUMN sales.cust_id IS 'Empty for walk-in shop customers without a loyalty card';
COMMENT ON COLUMN sales.pay_type IS 'C = card, X = cash, P = PayPal, V = voucher / store credit';
COMMENT ON COLUMN sales.postage_amt IS 'Postage charged on web orders (free over 100 pounds and for click & collect); 0 in the shop';
COMMENT ON COLUMN sales.till_ref IS 'Till receipt number or web order number';

COMMENT ON TABLE sale_line IS 'Each item rung up on a receipt (every item is one line, quantity is always one)';
COMMENT ON COLUMN sale_line.tag_amt IS 'Price on the tag when it sold, after any markdown';
COMMENT ON COLUMN sale_line.sold_amt IS 'What the customer actually paid for it, after any haggling';

COMMENT ON TABLE cust_returns IS 'Items customers brought or sent back within the 14 days';
COMMENT ON COLUMN cust_returns.reason_cd IS 'Why it came back: F = didn''t fit, C = changed their mind, D = faulty / damage we missed, N = not as described (web), E = exchanged for something else (no money back)';
COMMENT ON COLUMN cust_returns.refund_amt IS 'Money given back (0 for exchanges)';
COMMENT ON COLUMN cust_returns.restocked IS 'True if it was good enough to go back out (re-tagged under a new item number)';

COMMENT ON TABLE payouts IS 'Monthly payouts owed to consignors for what sold that month (their share, returned items taken off)';
COMMENT ON COLUMN payouts.period_month IS 'First day of the month the sales were in';
COMMENT ON COLUMN payouts.amt IS 'Amount owed to the consignor for that month';
COMMENT ON COLUMN payouts.paid_dt IS 'Date we paid it; empty = not paid yet';
COMMENT ON COLUMN payouts.method IS 'B = bank transfer, C = cash, S = store credit';
COMMENT ON COLUMN payouts.ref IS 'Bank transfer reference or store credit voucher number';

-- ---------------------------------------------------------------- reference data
INSERT INTO brands (id, brand_name, tier, country) VALUES
 (1,'Chanel','L','France'), (2,'Gucci','L','Italy'), (3,'Prada','L','Italy'), (4,'Louis Vuitton','L','France'),
 (5,'Celine','L','France'), (6,'Burberry','L','UK'), (7,'Saint Laurent','L','France'), (8,'Mulberry','L','UK'),
 (9,'Max Mara','L','Italy'), (10,'Chloé','L','France'),
 (11,'Isabel Marant','D','France'), (12,'Ganni','D','Denmark'), (13,'Acne Studios','D','Sweden'),
 (14,'Sézane','D','France'), (15,'Paul Smith','D','UK'), (16,'Joseph','D','UK'), (17,'Rag & Bone','D','USA'),
 (18,'Diane von Furstenberg','D','USA'), (19,'Kenzo','D','France'), (20,'A.P.C.','D','France'),
 (21,'Vivienne Westwood','D','UK'),
 (22,'Ted Baker','H','UK'), (23,'Reiss','H','UK'), (24,'COS','H','UK'), (25,'Whistles','H','UK'),
 (26,'& Other Stories','H','Sweden'), (27,'Jigsaw','H','UK'), (28,'Hobbs','H','UK'), (29,'Boden','H','UK'),
 (30,'Karen Millen','H','UK'), (31,'Levi''s','H','USA'), (32,'Barbour','H','UK'), (33,'Toast','H','UK'),
 (34,'Hermès','L','France'), (35,'Dries Van Noten','D','Belgium'), (36,'Bottega Veneta','L','Italy');

INSERT INTO category (cat_id, cat_name, min_ask_amt) VALUES
 (1,'Dresses',20), (2,'Coats & Jackets',30), (3,'Knitwear',15), (4,'Tops & Blouses',10), (5,'Trousers & Jeans',15),
 (6,'Skirts',15), (7,'Handbags',25), (8,'Shoes & Boots',20), (9,'Accessories',10);

-- ---------------------------------------------------------------- consignors
INSERT INTO consignors (id, full_name, email, phone, town, joined_dt, payout_pref, active, notes)
SELECT c,
       f || ' ' || l,
       CASE WHEN c % 9 = 4 THEN NULL
            ELSE lower(f) || '.' || lower(replace(l, '''', '')) || (c % 7) || '@' ||
                 (ARRAY['gmail.com','hotmail.co.uk','outlook.com','icloud.com','yahoo.co.uk'])[1 + c % 5] END,
       CASE WHEN c % 13 = 6 THEN NULL ELSE '07' || lpad(((c * 7919 + 12345) % 1000000000)::text, 9, '0') END,
       (ARRAY['Brighton','Hove','Brighton','Lewes','Brighton','Worthing','Hove','Shoreham-by-Sea','Brighton',
              'Haywards Heath','Eastbourne','Brighton','Burgess Hill','Seaford','London'])[1 + (c * 7) % 15],
       DATE '2024-01-02' + (c - 1) * 6 + (c * 7) % 5,
       CASE WHEN c % 10 IN (0, 5) THEN 'S' WHEN c % 10 IN (3, 8) AND c % 3 <> 0 THEN 'C' ELSE 'B' END,
       true,
       CASE c % 23 WHEN 0 THEN 'Call before anything goes to charity'
                   WHEN 5 THEN 'Mostly Ganni and Sezane, sizes 8-10'
                   WHEN 11 THEN 'Stylist - brings in sample pieces'
                   WHEN 17 THEN 'Happy for us to accept offers within 10%'
                   ELSE NULL END
FROM (
  SELECT c,
         (ARRAY['Amelia','Olivia','Isla','Ava','Mia','Sophie','Grace','Lily','Freya','Charlotte','Emily','Poppy',
                'Ella','Evie','Hannah','Jessica','Lucy','Chloe','Ruby','Alice','Harriet','Zoe','Priya','Aisha',
                'Niamh','Siobhan','Tom','James','Oliver','Daniel'])[1 + c % 30] AS f,
         (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke','Patel',
                'Khan','O''Brien','Murphy','Hughes','Edwards','Lewis','Harris','Martin','Cooper','Fletcher'])
                [1 + (c / 30 + 5 * (c % 30) + 4) % 31] AS l
  FROM generate_series(1, 160) AS c
) s;

-- ---------------------------------------------------------------- agreements
DROP TABLE IF EXISTS t_agr;
CREATE TEMP TABLE t_agr AS
WITH firsts AS (
  SELECT id AS consignor_id, joined_dt AS signed_dt,
         CASE WHEN id % 5 IN (0, 3) THEN 60 ELSE 50 END AS consignor_pct,
         CASE WHEN id % 3 = 0 THEN 'D' ELSE 'R' END AS unsold_action,
         CASE WHEN id % 7 = 2 THEN joined_dt + 200 + id % 90
              WHEN id % 4 = 1 THEN joined_dt + 300 + id % 50 END AS ended_raw,
         1 AS seq
  FROM consignors WHERE id NOT IN (37, 158)
), f2 AS (
  SELECT consignor_id, signed_dt, consignor_pct, unsold_action,
         CASE WHEN ended_raw <= DATE '2026-11-30' THEN ended_raw END AS ended_dt, seq
  FROM firsts
), seconds AS (
  SELECT consignor_id, ended_dt AS signed_dt, consignor_pct,
         CASE WHEN unsold_action = 'D' THEN 'R' ELSE 'D' END AS unsold_action,
         NULL::date AS ended_dt, 2 AS seq
  FROM f2 WHERE consignor_id % 7 <> 2 AND consignor_id % 4 = 1 AND ended_dt IS NOT NULL
)
SELECT row_number() OVER (ORDER BY signed_dt, seq, consignor_id)::int AS agr_id, *
FROM (SELECT * FROM f2 UNION ALL SELECT * FROM seconds) u;

INSERT INTO agreement (agr_id, consignor_id, signed_dt, consignor_pct, unsold_action, ended_dt, notes)
SELECT agr_id, consignor_id, signed_dt, consignor_pct, unsold_action, ended_dt,
       CASE WHEN seq = 2 AND unsold_action = 'D' THEN 'Renewed - now happy for unsold pieces to go to Martlets'
            WHEN seq = 2 THEN 'Renewed - wants unsold pieces back from now on'
            WHEN consignor_id % 7 = 2 AND ended_dt IS NOT NULL THEN 'Stopped consigning'
            WHEN consignor_id % 11 = 3 THEN 'Signed in shop, copy emailed'
            ELSE NULL END
FROM t_agr;

UPDATE consignors c SET active = false
WHERE EXISTS (SELECT 1 FROM agreement a WHERE a.consignor_id = c.id)
  AND NOT EXISTS (SELECT 1 FROM agreement a WHERE a.consignor_id = c.id AND a.ended_dt IS NULL);

-- ---------------------------------------------------------------- customers
INSERT INTO customers (cust_id, name, email, postcode, mailing_list, created_dt)
SELECT c, f || ' ' || l,
       CASE WHEN c % 17 = 8 THEN NULL
            ELSE lower(f) || lower(replace(l, '''', '')) || c || '@' ||
                 (ARRAY['gmail.com','hotmail.com','outlook.com','icloud.com','btinternet.com','yahoo.co.uk'])[1 + c % 6] END,
       CASE WHEN c % 11 = 7 THEN NULL
            ELSE (ARRAY['BN1','BN2','BN3','BN41','BN7','BN11','BN43','SW4','E8','N16','BS6','M20','BN1','BN2'])[1 + (c * 5) % 14]
                 || ' ' || (1 + c % 9) || chr(65 + (c * 7) % 26) || chr(65 + (c * 11) % 26) END,
       (c * 7) % 10 < 6,
       DATE '2024-01-03' + ((c - 1) * 1050) / 650
FROM (
  SELECT c,
         (ARRAY['Amelia','Olivia','Isla','Ava','Mia','Sophie','Grace','Lily','Freya','Charlotte','Emily','Poppy',
                'Ella','Evie','Hannah','Jessica','Lucy','Chloe','Ruby','Alice','Harriet','Zoe','Priya','Aisha',
                'Niamh','Siobhan','Tom','James','Oliver','Daniel'])[1 + (c * 7) % 30] AS f,
         (ARRAY['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright',
                'Thompson','Evans','Walker','White','Roberts','Green','Hall','Wood','Jackson','Clarke','Patel',
                'Khan','O''Brien','Murphy','Hughes','Edwards','Lewis','Harris','Martin','Cooper','Fletcher'])
                [1 + (c / 30 + 3 * (c % 30) + 17) % 31] AS l
  FROM generate_series(1, 650) AS c
) s;

-- ---------------------------------------------------------------- items (staging)
DROP TABLE IF EXISTS t_it0;
CREATE TEMP TABLE t_it0 AS
WITH a AS (
  SELECT agr_id, consignor_id, signed_dt, coalesce(ended_dt, DATE '2026-11-30') AS end_dt,
         consignor_pct, unsold_action
  FROM agreement
), g AS (
  SELECT a.*, k, greatest(1, (end_dt - signed_dt) / (11 + consignor_id % 19)) AS n
  FROM a CROSS JOIN LATERAL generate_series(1, greatest(1, (end_dt - signed_dt) / (11 + consignor_id % 19))) AS k
)
SELECT row_number() OVER (ORDER BY intake_dt, agr_id, k)::int AS item_id, *
FROM (
  SELECT g.*, least(end_dt, signed_dt + ((k - 1) * (end_dt - signed_dt)) / n + (k * 3) % 5) AS intake_dt
  FROM g
) x;

DROP TABLE IF EXISTS t_it1;
CREATE TEMP TABLE t_it1 AS
SELECT t.*,
       CASE WHEN consignor_pct = 60 AND item_id % 173 = 7 AND intake_dt < DATE '2025-06-01' THEN 34
            WHEN consignor_pct = 60 THEN 1 + (item_id * 13) % 10
            WHEN item_id % 157 = 3 AND intake_dt < DATE '2025-06-01' THEN 35
            ELSE 11 + (item_id * 13 + item_id / 23) % 23 END AS brand_id,
       CASE (item_id * 3 + item_id / 10) % 10 WHEN 0 THEN 'A' WHEN 1 THEN 'B' WHEN 2 THEN 'B' WHEN 3 THEN 'B'
            WHEN 4 THEN 'B' WHEN 9 THEN 'D' ELSE 'C' END AS cond_grade,
       CASE WHEN (item_id * 37 + item_id / 7) % 100 < 62 THEN 'S'
            WHEN (item_id * 37 + item_id / 7) % 100 < 66 THEN 'W'
            ELSE 'U' END AS fate
FROM t_it0 t;

DROP TABLE IF EXISTS t_it2;
CREATE TEMP TABLE t_it2 AS
SELECT t.*,
       CASE WHEN b.tier = 'L' THEN (ARRAY[7,7,7,8,8,9,2,1,3])[1 + (item_id * 7) % 9]
            ELSE (ARRAY[1,1,2,3,3,4,4,5,5,6,7,8,9])[1 + (item_id * 7 + item_id / 5) % 13] END AS cat_id,
       greatest(10, round(
         (CASE b.tier WHEN 'L' THEN 150 + (item_id * 71) % 1100
                      WHEN 'D' THEN 45 + (item_id * 29) % 260
                      ELSE 18 + (item_id * 17) % 70 END)
         * (CASE cond_grade WHEN 'A' THEN 1.15 WHEN 'B' THEN 1.0 WHEN 'C' THEN 0.85 ELSE 0.65 END) / 5) * 5)::numeric(8,2) AS ask_amt,
       CASE fate
         WHEN 'S' THEN CASE WHEN 1 + ((item_id * 53) % 88) * ((item_id * 53) % 88) / 88 = 30 THEN 31
                            ELSE 1 + ((item_id * 53) % 88) * ((item_id * 53) % 88) / 88 END
         WHEN 'W' THEN 5 + item_id % 40
         ELSE 90 + item_id % 6 END AS d
FROM t_it1 t JOIN brands b ON b.id = t.brand_id;

UPDATE t_it2 t SET ask_amt = greatest(t.ask_amt, c.min_ask_amt) FROM category c WHERE c.cat_id = t.cat_id;

DROP TABLE IF EXISTS t_items;
CREATE TEMP TABLE t_items AS
SELECT t.*,
       intake_dt + d AS event_dt,
       CASE WHEN intake_dt + d > DATE '2026-11-30' THEN 'A'
            WHEN fate = 'S' THEN 'S'
            WHEN fate = 'W' THEN 'W'
            ELSE unsold_action END AS st,
       CASE WHEN (item_id * 17) % 10 < 3 OR to_char(intake_dt + d, 'MM-DD') IN ('12-25', '12-26', '01-01') THEN 'O'
            ELSE 'S' END AS channel
FROM t_it2 t;

INSERT INTO items (item_id, agr_id, brand_id, cat_id, descr, size_lbl, cond_grade, ask_amt, intake_dt, st, out_dt, notes)
SELECT t.item_id, t.agr_id, t.brand_id, t.cat_id,
       b.brand_name || ' ' ||
       (ARRAY['black','navy','camel','cream','red','green','grey','pink','tan','floral','striped','ivory'])[1 + (t.item_id * 5) % 12]
       || ' ' ||
       CASE t.cat_id
         WHEN 1 THEN (ARRAY['midi dress','wrap dress','shirt dress','slip dress','maxi dress'])[1 + t.item_id % 5]
         WHEN 2 THEN (ARRAY['wool coat','trench coat','blazer','leather jacket','quilted jacket'])[1 + t.item_id % 5]
         WHEN 3 THEN (ARRAY['cashmere jumper','cardigan','roll neck','knitted vest'])[1 + t.item_id % 4]
         WHEN 4 THEN (ARRAY['silk blouse','shirt','t-shirt','camisole'])[1 + t.item_id % 4]
         WHEN 5 THEN (ARRAY['wide-leg trousers','straight jeans','cigarette trousers','culottes'])[1 + t.item_id % 4]
         WHEN 6 THEN (ARRAY['pleated midi skirt','mini skirt','denim skirt','satin skirt'])[1 + t.item_id % 4]
         WHEN 7 THEN (ARRAY['shoulder bag','tote','cross-body bag','clutch','backpack'])[1 + t.item_id % 5]
         WHEN 8 THEN (ARRAY['ankle boots','loafers','trainers','heels','knee boots'])[1 + t.item_id % 5]
         ELSE (ARRAY['silk scarf','leather belt','sunglasses','wallet'])[1 + t.item_id % 4] END,
       CASE WHEN t.cat_id IN (7, 9) THEN 'One size'
            WHEN t.cat_id = 8 THEN 'UK ' || (3 + t.item_id % 6)
            ELSE (ARRAY['UK 6','UK 8','UK 10','UK 10','UK 12','UK 12','UK 14','UK 16','XS','S','M','L'])[1 + (t.item_id * 5) % 12] END,
       t.cond_grade, t.ask_amt, t.intake_dt, t.st,
       CASE WHEN t.st IN ('R', 'D', 'W') THEN t.event_dt END,
       CASE WHEN t.item_id % 41 = 0 THEN 'Original dust bag and receipt'
            WHEN t.item_id % 53 = 0 THEN 'Small mark on left cuff, priced accordingly'
            WHEN t.item_id % 67 = 0 THEN 'Consignor: no offers please'
            WHEN t.item_id % 89 = 0 THEN 'Missing belt'
            ELSE NULL END
FROM t_items t JOIN brands b ON b.id = t.brand_id;

-- ---------------------------------------------------------------- markdowns
INSERT INTO price_reductions (id, item_id, reduced_dt, pct_off, new_amt)
SELECT row_number() OVER (ORDER BY reduced_dt, item_id, pct_off)::int, item_id, reduced_dt, pct_off, new_amt
FROM (
  SELECT item_id, intake_dt + m.days AS reduced_dt, m.pct AS pct_off, round(ask_amt * (100 - m.pct) / 100, 2) AS new_amt
  FROM t_items
  CROSS JOIN (VALUES (30, 20), (60, 40)) AS m(days, pct)
  WHERE intake_dt + m.days <= CASE WHEN st = 'A' THEN DATE '2026-11-30' ELSE event_dt END
    AND intake_dt + m.days <= DATE '2026-11-30'
) r;

-- ---------------------------------------------------------------- sales
DROP TABLE IF EXISTS t_sold;
CREATE TEMP TABLE t_sold AS
SELECT item_id, consignor_id, consignor_pct, channel, event_dt AS sold_dt,
       event_dt + CASE WHEN event_dt = DATE '2026-01-01' AND item_id % 2 = 0 THEN interval '0 minutes'
                       WHEN channel = 'O' THEN ((item_id * 41) % 1440) * interval '1 minute'
                       ELSE interval '10 hours' + ((item_id * 29) % 450) * interval '1 minute' END AS sale_ts,
       CASE WHEN channel = 'O' OR item_id % 3 = 0 THEN
         1 + (item_id * CASE WHEN channel = 'O' THEN 31 ELSE 43 END) %
             least(650, ((event_dt - DATE '2024-01-03') * 650) / 1050 + 1)
       END AS cust_id,
       round(ask_amt * CASE WHEN d >= 60 THEN 0.6 WHEN d >= 30 THEN 0.8 ELSE 1 END, 2) AS tag_amt
FROM t_items WHERE st = 'S';

DROP TABLE IF EXISTS t_sold2;
CREATE TEMP TABLE t_sold2 AS
SELECT s.*,
       CASE WHEN channel = 'S' AND item_id % 4 = 0 AND NOT EXISTS (SELECT 1 FROM items i WHERE i.item_id = s.item_id AND i.notes = 'Consignor: no offers please')
            THEN least(tag_amt, greatest(5, round(tag_amt * 0.9 / 5) * 5))
            ELSE tag_amt END AS sold_amt,
       sold_dt::text || channel || coalesce('c' || cust_id, 'w' || item_id % 5) AS grp
FROM t_sold s;

DROP TABLE IF EXISTS t_rcpt;
CREATE TEMP TABLE t_rcpt AS
SELECT row_number() OVER (ORDER BY min(sale_ts), grp)::int AS sale_id, grp,
       min(sale_ts) AS sale_ts, min(channel) AS channel, min(cust_id) AS cust_id, sum(sold_amt) AS total
FROM t_sold2 GROUP BY grp;

INSERT INTO sales (sale_id, sale_ts, channel, cust_id, pay_type, postage_amt, till_ref)
SELECT sale_id, sale_ts, channel, cust_id,
       CASE WHEN channel = 'O' THEN CASE WHEN sale_id % 10 < 7 THEN 'C' ELSE 'P' END
            ELSE (ARRAY['C','C','X','C','V','C','X','C','C','X','C','C','V','C','X','C','C','C','X','C'])[1 + (sale_id * 7) % 20] END,
       CASE WHEN channel = 'O' AND total < 100 AND sale_id % 6 <> 0 THEN 3.95 ELSE 0 END,
       CASE WHEN channel = 'O' THEN 'WEB-' || (10000 + sale_id)
            ELSE 'T' || to_char(sale_ts, 'YYMMDD') || '-' || lpad((sale_id % 1000)::text, 3, '0') END
FROM t_rcpt;

INSERT INTO sale_line (line_id, sale_id, item_id, tag_amt, sold_amt)
SELECT row_number() OVER (ORDER BY r.sale_id, s.item_id)::int, r.sale_id, s.item_id, s.tag_amt, s.sold_amt
FROM t_sold2 s JOIN t_rcpt r ON r.grp = s.grp;

-- ---------------------------------------------------------------- customer returns
INSERT INTO cust_returns (ret_id, line_id, return_dt, reason_cd, refund_amt, restocked, notes)
SELECT row_number() OVER (ORDER BY return_dt, line_id)::int, line_id, return_dt, reason_cd,
       CASE WHEN reason_cd = 'E' THEN 0 ELSE sold_amt END,
       NOT (reason_cd = 'D' AND item_id % 3 <> 0),
       CASE WHEN reason_cd = 'D' AND item_id % 3 <> 0 THEN 'Sent back to consignor'
            WHEN reason_cd = 'D' THEN 'Repaired and re-tagged'
            WHEN reason_cd = 'N' THEN 'Colour not as in photos'
            ELSE NULL END
FROM (
  SELECT l.line_id, l.item_id, l.sold_amt, s.sale_ts::date + 1 + l.item_id % 13 AS return_dt,
         CASE WHEN s.channel = 'O' THEN (ARRAY['F','F','N','C','D','E','F'])[1 + l.item_id % 7]
              ELSE (ARRAY['F','C','D','E','C'])[1 + l.item_id % 5] END AS reason_cd
  FROM sale_line l JOIN sales s ON s.sale_id = l.sale_id
  WHERE (l.item_id * 19) % 100 < CASE WHEN s.channel = 'O' THEN 12 ELSE 4 END
) r
WHERE return_dt <= DATE '2026-11-30';

-- ---------------------------------------------------------------- payouts
INSERT INTO payouts (id, consignor_id, period_month, amt, paid_dt, method, ref)
SELECT row_number() OVER (ORDER BY p.period_month, p.consignor_id)::int, p.consignor_id, p.period_month, p.amt,
       CASE WHEN p.period_month >= DATE '2026-11-01' THEN NULL
            WHEN c.payout_pref = 'C' AND (p.consignor_id + extract(month FROM p.period_month)::int) % 5 = 0 THEN NULL
            WHEN p.period_month = DATE '2026-10-01' AND p.consignor_id % 4 = 0 THEN NULL
            ELSE (p.period_month + interval '1 month')::date + 9 + p.consignor_id % 3 END,
       c.payout_pref,
       NULL
FROM (
  SELECT a.consignor_id, date_trunc('month', s.sale_ts)::date AS period_month,
         sum(CASE WHEN r.ret_id IS NULL THEN round(l.sold_amt * a.consignor_pct / 100, 2) ELSE 0 END) AS amt
  FROM sale_line l
  JOIN sales s ON s.sale_id = l.sale_id
  JOIN items i ON i.item_id = l.item_id
  JOIN agreement a ON a.agr_id = i.agr_id
  LEFT JOIN cust_returns r ON r.line_id = l.line_id
  GROUP BY a.consignor_id, date_trunc('month', s.sale_ts)::date
  HAVING sum(CASE WHEN r.ret_id IS NULL THEN 1 ELSE 0 END) > 0 OR a.consignor_id % 6 = 0
) p JOIN consignors c ON c.id = p.consignor_id;

UPDATE payouts SET ref = CASE method WHEN 'B' THEN 'SA' || to_char(period_month, 'YYMM') || '-' || lpad(consignor_id::text, 3, '0')
                                     WHEN 'S' THEN 'CR' || (50000 + id) END
WHERE paid_dt IS NOT NULL AND method <> 'C';

DROP TABLE t_agr, t_it0, t_it1, t_it2, t_items, t_sold, t_sold2, t_rcpt;

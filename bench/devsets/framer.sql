-- Finch & Frame — bespoke picture framing and the little gallery at the front of the shop.
-- People bring in their artwork (prints, photos, needlework, kids' paintings, the odd
-- football shirt) and we frame it to order. Each job gets a moulding off the wall of
-- samples (we buy moulding by the metre from a handful of suppliers), a mount colour, and a
-- glass: ordinary float glass, anti-reflective, acrylic for big or kids' pieces, or museum
-- glass for the good stuff. Canvases go without glass or mount. The price comes from the
-- metres of moulding, the glass area and our labour. We take a deposit when the order is
-- placed (trade accounts pay on invoice instead), the job goes into the workshop, we ring
-- when it's ready and it's collected when they pick it up and pay the balance.
-- The gallery sells originals and limited-edition prints for local artists on commission;
-- we keep our percentage and pay the artists by bank transfer at the start of each month
-- for the previous month's sales. Suppliers drop mouldings now and then, so some samples
-- are marked discontinued. Data runs from January 2024 to the end of November 2026.

DROP TABLE IF EXISTS gallery_sales;
DROP TABLE IF EXISTS artist_payouts;
DROP TABLE IF EXISTS stock_item;
DROP TABLE IF EXISTS artists;
DROP TABLE IF EXISTS payments;
DROP TABLE IF EXISTS frame_order;
DROP TABLE IF EXISTS customers;
DROP TABLE IF EXISTS glass_prices;
DROP TABLE IF EXISTS mountboard;
DROP TABLE IF EXISTS moulding;
DROP TABLE IF EXISTS suppliers;

CREATE TABLE suppliers (
    supplier_id  integer PRIMARY KEY,
    name         text NOT NULL,
    country      text NOT NULL,
    acct_ref     text,
    lead_days    integer,
    active       boolean NOT NULL DEFAULT true,
    notes        text
);

CREATE TABLE moulding (
    mld_id        integer PRIMARY KEY,
    code          text NOT NULL UNIQUE,
    descr         text NOT NULL,
    supplier_id   integer NOT NULL REFERENCES suppliers(supplier_id),
    finish        char(1) NOT NULL,
    width_mm      integer NOT NULL,
    price_per_m   numeric(8,2) NOT NULL,
    cost_per_m    numeric(8,2) NOT NULL,
    discontinued  boolean NOT NULL DEFAULT false
);

CREATE TABLE mountboard (
    mount_id     integer PRIMARY KEY,
    colour       text NOT NULL,
    core         char(1) NOT NULL,
    sheet_price  numeric(8,2) NOT NULL,
    in_stock     boolean NOT NULL DEFAULT true
);

CREATE TABLE glass_prices (
    glaze        char(1) PRIMARY KEY,
    descr        text NOT NULL,
    price_sqm    numeric(8,2) NOT NULL,
    uv_filter    boolean NOT NULL
);

CREATE TABLE customers (
    cust_id     integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    email       text,
    phone       text,
    town        text,
    trade       boolean NOT NULL DEFAULT false,
    joined_dt   date,
    notes       text
);

CREATE TABLE frame_order (
    order_no      integer PRIMARY KEY,
    cust_id       integer NOT NULL REFERENCES customers(cust_id),
    order_dt      date NOT NULL,
    mld_id        integer NOT NULL REFERENCES moulding(mld_id),
    mount_id      integer REFERENCES mountboard(mount_id),
    glaze         char(1) REFERENCES glass_prices(glaze),
    w_cm          numeric(5,1) NOT NULL,
    h_cm          numeric(5,1) NOT NULL,
    mld_len_m     numeric(6,2) NOT NULL,
    labour_amt    numeric(8,2) NOT NULL,
    price         numeric(8,2) NOT NULL,
    deposit_amt   numeric(8,2) NOT NULL DEFAULT 0,
    rush          boolean NOT NULL DEFAULT false,
    st            char(1) NOT NULL,
    due_dt        date,
    ready_dt      date,
    collected_dt  date,
    notes         text
);

CREATE TABLE payments (
    pay_id     integer PRIMARY KEY,
    order_no   integer NOT NULL REFERENCES frame_order(order_no),
    pay_dt     date NOT NULL,
    kind       char(1) NOT NULL,
    method     char(1) NOT NULL,
    amt        numeric(8,2) NOT NULL
);

CREATE TABLE artists (
    artist_id   integer PRIMARY KEY,
    name        text NOT NULL,
    email       text,
    comm_pct    numeric(4,1) NOT NULL,
    bank_ref    text,
    joined_dt   date NOT NULL,
    active      boolean NOT NULL DEFAULT true
);

CREATE TABLE stock_item (
    item_id       integer PRIMARY KEY,
    artist_id     integer NOT NULL REFERENCES artists(artist_id),
    title         text NOT NULL,
    kind          char(1) NOT NULL,
    medium        text,
    edition_size  integer,
    qty_in        integer NOT NULL,
    list_price    numeric(8,2) NOT NULL,
    recvd_dt      date NOT NULL,
    returned_dt   date
);

CREATE TABLE artist_payouts (
    payout_id   integer PRIMARY KEY,
    artist_id   integer NOT NULL REFERENCES artists(artist_id),
    period_mth  date NOT NULL,
    amt         numeric(10,2) NOT NULL,
    paid_dt     date,
    ref         text,
    notes       text
);

CREATE TABLE gallery_sales (
    sale_id     integer PRIMARY KEY,
    item_id     integer NOT NULL REFERENCES stock_item(item_id),
    sale_dt     date NOT NULL,
    qty         integer NOT NULL,
    unit_price  numeric(8,2) NOT NULL,
    disc_pct    numeric(4,1) NOT NULL DEFAULT 0,
    cust_id     integer REFERENCES customers(cust_id),
    payout_id   integer REFERENCES artist_payouts(payout_id)
);

COMMENT ON TABLE suppliers IS 'Firms we buy moulding from, by the metre.';
COMMENT ON COLUMN suppliers.acct_ref IS 'Our account number with the supplier.';
COMMENT ON COLUMN suppliers.lead_days IS 'Usual days from placing an order with them to delivery.';
COMMENT ON COLUMN suppliers.active IS 'False = we no longer order from them.';

COMMENT ON TABLE moulding IS 'The frame mouldings on our sample wall, one row per profile.';
COMMENT ON COLUMN moulding.code IS 'Supplier''s product code as on the sample corner.';
COMMENT ON COLUMN moulding.finish IS 'Finish: W = natural wood, P = painted wood, G = gilt / metal leaf, M = aluminium.';
COMMENT ON COLUMN moulding.width_mm IS 'Face width of the moulding in mm.';
COMMENT ON COLUMN moulding.price_per_m IS 'What we charge the customer per metre (GBP).';
COMMENT ON COLUMN moulding.cost_per_m IS 'What the supplier charges us per metre (GBP).';
COMMENT ON COLUMN moulding.discontinued IS 'True = supplier has dropped it, sample stays on the wall until the stock is used up.';

COMMENT ON TABLE mountboard IS 'Mount board colours we stock.';
COMMENT ON COLUMN mountboard.core IS 'Core (bevel) colour: W = white core, C = cream core, B = black core.';
COMMENT ON COLUMN mountboard.sheet_price IS 'Price we pay per full sheet.';

COMMENT ON TABLE glass_prices IS 'Glazing options and what we charge per square metre.';
COMMENT ON COLUMN glass_prices.glaze IS 'Glazing code: F = float glass (standard 2mm), R = anti-reflective glass, A = acrylic, M = museum glass.';
COMMENT ON COLUMN glass_prices.uv_filter IS 'True if it blocks most UV (conservation grade).';

COMMENT ON TABLE customers IS 'Framing customers, and gallery buyers who left their details.';
COMMENT ON COLUMN customers.trade IS 'True = trade account (designers, other galleries, hotels): 10% off and invoiced, no deposit.';
COMMENT ON COLUMN customers.joined_dt IS 'First time we saw them.';

COMMENT ON TABLE frame_order IS 'Framing jobs: one row per piece to be framed.';
COMMENT ON COLUMN frame_order.mount_id IS 'Mount board used; empty = no mount.';
COMMENT ON COLUMN frame_order.glaze IS 'Glazing: F = float glass, R = anti-reflective, A = acrylic, M = museum glass; empty = no glass (canvases).';
COMMENT ON COLUMN frame_order.w_cm IS 'Inside (glass) width of the frame in cm.';
COMMENT ON COLUMN frame_order.h_cm IS 'Inside (glass) height of the frame in cm.';
COMMENT ON COLUMN frame_order.mld_len_m IS 'Metres of moulding cut for the job, including mitre waste.';
COMMENT ON COLUMN frame_order.labour_amt IS 'Labour part of the price.';
COMMENT ON COLUMN frame_order.price IS 'Total price agreed with the customer (moulding + glass + mount + labour, less trade discount).';
COMMENT ON COLUMN frame_order.deposit_amt IS 'Deposit taken when the order was placed (0 for trade accounts).';
COMMENT ON COLUMN frame_order.rush IS 'True = rush job, customer paid the express surcharge.';
COMMENT ON COLUMN frame_order.st IS 'Status: T = taken (order placed, not started), W = in the workshop, R = ready for collection, C = collected, X = cancelled.';
COMMENT ON COLUMN frame_order.due_dt IS 'Date we promised it for.';
COMMENT ON COLUMN frame_order.ready_dt IS 'Date it was finished and the customer was rung; empty = not finished yet.';
COMMENT ON COLUMN frame_order.collected_dt IS 'Date the customer picked it up; empty = not collected yet.';

COMMENT ON TABLE payments IS 'Money taken (or given back) against framing orders.';
COMMENT ON COLUMN payments.kind IS 'Type: D = deposit, B = balance on collection / trade invoice, R = refund (negative amount).';
COMMENT ON COLUMN payments.method IS 'How paid: C = cash, K = card, T = bank transfer.';
COMMENT ON COLUMN payments.amt IS 'Amount in GBP; refunds are negative.';

COMMENT ON TABLE artists IS 'Local artists whose work we sell on commission.';
COMMENT ON COLUMN artists.comm_pct IS 'Our commission, percent of the sale price we keep.';
COMMENT ON COLUMN artists.bank_ref IS 'Sort code / account we pay them to.';
COMMENT ON COLUMN artists.active IS 'False = no longer shows with us.';

COMMENT ON TABLE stock_item IS 'Gallery stock left with us by artists (sale or return).';
COMMENT ON COLUMN stock_item.kind IS 'Type: O = original (one-off), P = limited-edition print.';
COMMENT ON COLUMN stock_item.edition_size IS 'Size of the print edition; empty for originals.';
COMMENT ON COLUMN stock_item.qty_in IS 'How many copies the artist left with us (1 for originals).';
COMMENT ON COLUMN stock_item.recvd_dt IS 'Date the work came in.';
COMMENT ON COLUMN stock_item.returned_dt IS 'Date unsold work went back to the artist; empty = still with us (or sold).';

COMMENT ON TABLE artist_payouts IS 'Monthly payouts to artists for the previous month''s gallery sales, after our commission.';
COMMENT ON COLUMN artist_payouts.period_mth IS 'First day of the month of sales the payout covers.';
COMMENT ON COLUMN artist_payouts.amt IS 'Amount due to the artist after our commission.';
COMMENT ON COLUMN artist_payouts.paid_dt IS 'Date we paid it; empty = not paid yet.';
COMMENT ON COLUMN artist_payouts.ref IS 'Bank transfer reference, set when paid.';

COMMENT ON TABLE gallery_sales IS 'Sales of artists'' work in the gallery.';
COMMENT ON COLUMN gallery_sales.qty IS 'Number of copies sold (always 1 for originals).';
COMMENT ON COLUMN gallery_sales.unit_price IS 'Price per copy before discount.';
COMMENT ON COLUMN gallery_sales.disc_pct IS 'Discount given, percent.';
COMMENT ON COLUMN gallery_sales.cust_id IS 'Buyer if they gave their details; empty = walk-in.';
COMMENT ON COLUMN gallery_sales.payout_id IS 'The artist payout this sale was settled in; empty = not yet settled with the artist.';

-- ---------------------------------------------------------------- reference data

INSERT INTO suppliers VALUES
 (1, 'Arcadia Mouldings Ltd',   'United Kingdom', 'ARC-55120', 3,  true,  'Main supplier, free delivery over 200 pounds'),
 (2, 'Larkspur Frames',         'United Kingdom', 'LK/0381',   5,  true,  NULL),
 (3, 'Nordholm Profiler AB',    'Sweden',         'NH-7714',   10, true,  'Order by the box only'),
 (4, 'Wessex Picture Supplies', 'United Kingdom', 'WPS 2290',  2,  true,  'Also our glass and mountboard'),
 (5, 'Bellini Cornici',         'Italy',          'BC-IT-118', 14, true,  'Gilt and hand-finished ranges, slow'),
 (6, 'Thornbury Timber',        'United Kingdom', NULL,        7,  false, 'Quoted in 2026, never ordered from');

INSERT INTO moulding (mld_id, code, descr, supplier_id, finish, width_mm, price_per_m, cost_per_m, discontinued)
SELECT m,
       (array['ARC','LRK','NRD','WSX','BEL'])[1 + (m - 1) % 5] || '-' || (2000 + m * 37 % 900),
       (CASE f WHEN 'W' THEN (array['Natural oak','Ash','Walnut','Pine','Maple'])[1 + m % 5]
               WHEN 'P' THEN (array['Black','White','Grey','Navy','Sage'])[1 + m % 5]
               WHEN 'G' THEN (array['Antique gold','Silver leaf','Bronze','Champagne gold'])[1 + m % 4]
               ELSE (array['Brushed silver','Matt black alu','Gold alu'])[1 + m % 3] END)
         || ' ' || (array['flat','box','bevel','scoop','cushion'])[1 + (m * 3) % 5] || ' ' || (12 + (m * 13 % 60)) || 'mm',
       1 + (m - 1) % 5,
       f,
       12 + (m * 13 % 60),
       p,
       round(p * 0.42, 2),
       m IN (4, 13, 22, 31)
FROM (
  SELECT m, f,
         CASE WHEN m = 31 THEN 79.50
              WHEN f = 'W' THEN 12 + (m * 7 % 11) * 1.75
              WHEN f = 'P' THEN 10 + (m * 7 % 11) * 1.40
              WHEN f = 'G' THEN 24 + (m * 7 % 11) * 3.90
              ELSE 9 + (m * 7 % 11) * 0.90 END AS p
  FROM (SELECT m, (array['W','P','G','M','W','P','W','G'])[1 + m % 8] AS f
        FROM generate_series(1, 40) m) x
) y;

INSERT INTO mountboard VALUES
 (1,  'Snow white',     'W', 9.80,  true),
 (2,  'Antique white',  'C', 9.80,  true),
 (3,  'Ivory',          'C', 9.80,  true),
 (4,  'Black',          'B', 11.20, true),
 (5,  'Dove grey',      'W', 10.40, true),
 (6,  'Charcoal',       'B', 11.20, true),
 (7,  'Parchment',      'C', 10.40, true),
 (8,  'Sage green',     'W', 12.60, true),
 (9,  'Navy',           'W', 12.60, false),
 (10, 'Oyster',         'W', 10.40, true),
 (11, 'Cotton rag white','W', 24.50, true),
 (12, 'Burgundy',       'B', 12.60, false);

INSERT INTO glass_prices VALUES
 ('F', 'Float glass 2mm',        38.00,  false),
 ('R', 'Anti-reflective glass',  96.00,  false),
 ('A', 'Acrylic 2mm',            55.00,  false),
 ('M', 'Museum glass',           240.00, true);

-- ---------------------------------------------------------------- customers

INSERT INTO customers (cust_id, first_nm, last_nm, email, phone, town, trade, joined_dt, notes)
SELECT c, fn, ln,
       CASE WHEN c % 29 = 3 THEN NULL ELSE lower(fn) || '.' || lower(replace(ln, '''', '')) || c || '@' ||
            (array['gmail.com','btinternet.com','outlook.com','yahoo.co.uk','icloud.com'])[1 + c % 5] END,
       CASE WHEN c % 31 = 7 THEN NULL ELSE '07' || lpad(((c * 7919 + 104729) % 1000000000)::text, 9, '0') END,
       (array['Salisbury','Wilton','Amesbury','Romsey','Shaftesbury','Andover','Warminster','Fordingbridge','Salisbury','Salisbury'])[1 + (c * 7) % 10],
       (c <= 12 OR c % 37 = 0),
       NULL,
       CASE WHEN c <= 12 THEN (array['Interior designer','Hotel group','Gallery (trade)','Office fit-out','Interior designer','Holiday lets'])[1 + c % 6]
            WHEN c % 53 = 5 THEN 'Prefers a call, not email'
            ELSE NULL END
FROM (
  SELECT c,
         (array['Sarah','James','Helen','David','Emma','Paul','Lucy','Mark','Claire','Tom','Rachel','Simon','Kate','Andrew','Jo',
                'Peter','Anna','Richard','Fiona','Chris','Megan','Gareth','Priya','Oliver','Zoe','Ian','Beth','Nick','Harriet','Sam'])[1 + (c * 7) % 30] AS fn,
         (array['Smith','Jones','Taylor','Brown','Williams','Wilson','Johnson','Davies','Robinson','Wright','Thompson','Evans','Walker','White',
                'Roberts','Green','Hall','Wood','Jackson','Clarke','Patel','Hughes','Edwards','Turner','Cooper','Hill','Ward','Morris','Moore',
                'King','Harris','Baker','Lewis','O''Brien','Carter','Mitchell','Knight','Fletcher','Parry','Lloyd'])[1 + (c * 11) % 40] AS ln
  FROM generate_series(1, 720) c
) x;

-- ---------------------------------------------------------------- framing orders

WITH base AS (
  SELECT i,
         10000 + i AS order_no,
         d + CASE WHEN extract(dow FROM d) = 0 THEN 1 ELSE 0 END AS order_dt,
         CASE WHEN i % 20 = 0 THEN (array[1,1,1,2,2,3,4,5,5,6,7,8,8,9,10,11,12,3,7,2])[1 + ((i / 20) * 7) % 20]
              WHEN i % 20 = 10 THEN (array[13,13,13,14,14,15,16,16,17,17])[1 + ((i / 20) * 3) % 10]
              ELSE 18 + (i * 131) % least(682, 250 + i * 432 / 2600) END AS cust_id,
         (i % 41 = 7) AS cancelled,
         (i % 9 = 0) AS rush,
         (i % 199 = 50) AS remake,
         (i * 53) % 182 AS mslot,
         CASE WHEN (i * 29) % 20 < 9 THEN 'F' WHEN (i * 29) % 20 < 13 THEN 'R'
              WHEN (i * 29) % 20 < 16 THEN 'M' WHEN (i * 29) % 20 < 18 THEN 'A' ELSE NULL END AS glaze,
         (20 + (i * 13) % 61 + CASE WHEN i % 17 = 0 THEN 40 ELSE 0 END + CASE WHEN i % 4 = 1 THEN 0.5 ELSE 0 END)::numeric(5,1) AS w_cm,
         (25 + (i * 29) % 71 + CASE WHEN i % 17 = 0 THEN 30 ELSE 0 END)::numeric(5,1) AS h_cm
  FROM (SELECT i, date '2024-01-01' + ((i - 1) * 1064 / 2599) AS d FROM generate_series(1, 2600) i) g
),
weights(mld_id, w) AS (
  VALUES (1,5),(2,12),(3,4),(4,6),(5,3),(6,5),(7,15),(8,2),(9,4),(10,6),(11,9),(12,3),(13,2),(14,5),(15,4),
         (16,3),(17,6),(18,11),(19,2),(20,4),(21,5),(22,3),(23,2),(24,4),(25,10),(26,3),(27,5),(28,2),(29,4),(30,3),
         (31,4),(32,2),(33,5),(34,3),(35,4),(36,2),(37,3),(38,4),(39,3),(40,0)
),
cum AS (
  SELECT mld_id, sum(w) OVER (ORDER BY mld_id) - w AS lo, sum(w) OVER (ORDER BY mld_id) AS hi FROM weights
),
picked AS (
  SELECT b.*,
         CASE WHEN c.mld_id IN (4, 13, 22, 31) AND b.order_dt >= date '2025-03-01' THEN c.mld_id + 1 ELSE c.mld_id END AS mld_id,
         CASE WHEN b.glaze IS NULL OR b.i % 11 = 0 THEN NULL
              ELSE (array[1,1,1,2,2,3,4,5,6,7,8,9,10,11,1,2,3,5,7,1])[1 + (b.i * 31) % 20] END AS mount_id
  FROM base b JOIN cum c ON b.mslot >= c.lo AND b.mslot < c.hi
),
calc AS (
  SELECT p.*, cu.trade, m.price_per_m,
         round(2 * (p.w_cm + p.h_cm) / 100.0 + 8 * m.width_mm / 1000.0 + 0.30, 2) AS mld_len_m,
         CASE WHEN p.remake THEN 0 ELSE 28 + CASE WHEN p.rush THEN 25 ELSE 0 END
                                         + CASE WHEN p.w_cm + p.h_cm > 150 THEN 15 ELSE 0 END END AS labour_amt,
         coalesce(greatest(p.w_cm * p.h_cm / 10000.0, 0.1) * gp.price_sqm, 0) AS glass_amt,
         coalesce(greatest(p.w_cm * p.h_cm / 9072.0, 0.25) * mb.sheet_price * 2.5, 0) AS mount_amt,
         CASE WHEN p.rush THEN 2 + p.i % 3 ELSE 6 + (p.i * 7) % 17 END AS tdays,
         CASE WHEN p.i % 97 = 11 THEN NULL
              WHEN p.i % 23 = 5 THEN 35 + (p.i * 11) % 80
              ELSE (p.i * 13) % 29 END AS lag
  FROM picked p
  JOIN customers cu ON cu.cust_id = p.cust_id
  JOIN moulding m ON m.mld_id = p.mld_id
  LEFT JOIN glass_prices gp ON gp.glaze = p.glaze
  LEFT JOIN mountboard mb ON mb.mount_id = p.mount_id
),
priced AS (
  SELECT c.*,
         CASE WHEN c.remake THEN 0
              ELSE round((c.mld_len_m * c.price_per_m + c.glass_amt + c.mount_amt + c.labour_amt)
                         * CASE WHEN c.trade THEN 0.9 ELSE 1 END, 2) END AS price,
         CASE WHEN c.cancelled THEN NULL
              WHEN c.order_dt + c.tdays <= date '2026-11-30' THEN c.order_dt + c.tdays END AS ready_dt
  FROM calc c
),
dated AS (
  SELECT p.*,
         CASE WHEN p.ready_dt IS NOT NULL AND p.lag IS NOT NULL AND p.ready_dt + p.lag <= date '2026-11-30'
              THEN p.ready_dt + p.lag END AS collected_dt
  FROM priced p
)
INSERT INTO frame_order (order_no, cust_id, order_dt, mld_id, mount_id, glaze, w_cm, h_cm, mld_len_m, labour_amt,
                         price, deposit_amt, rush, st, due_dt, ready_dt, collected_dt, notes)
SELECT order_no, cust_id, order_dt, mld_id, mount_id, glaze, w_cm, h_cm, mld_len_m, labour_amt,
       price,
       CASE WHEN trade OR remake THEN 0 ELSE round(price / 2, 0) END,
       rush,
       CASE WHEN cancelled THEN 'X'
            WHEN collected_dt IS NOT NULL THEN 'C'
            WHEN ready_dt IS NOT NULL THEN 'R'
            WHEN order_dt >= date '2026-11-26' OR (order_dt >= date '2026-11-16' AND i % 3 = 0) THEN 'T'
            ELSE 'W' END,
       order_dt + CASE WHEN rush THEN 5 ELSE 14 END,
       ready_dt, collected_dt,
       CASE WHEN remake THEN 'Remake at no charge - glass cracked in the workshop'
            WHEN cancelled AND i % 2 = 0 THEN 'Cancelled by customer, deposit refunded'
            WHEN cancelled THEN 'Cancelled - moulding already cut, deposit kept'
            WHEN lag IS NULL THEN 'Left several messages, no answer'
            WHEN rush AND i % 4 = 0 THEN 'Needed for a wedding present'
            WHEN glaze IS NULL THEN 'Canvas - no glass, no mount'
            WHEN i % 13 = 0 THEN 'Float mount, needlework stretched first'
            WHEN i % 19 = 0 THEN 'Customer supplied photo of hanging wall'
            ELSE NULL END
FROM dated;

UPDATE customers c SET joined_dt = f.first_dt
FROM (SELECT cust_id, min(order_dt) AS first_dt FROM frame_order GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id;

UPDATE customers SET joined_dt = date '2026-02-02' + (cust_id % 41) * 7
WHERE joined_dt IS NULL;

-- ---------------------------------------------------------------- payments

INSERT INTO payments (pay_id, order_no, pay_dt, kind, method, amt)
SELECT row_number() OVER (ORDER BY pay_dt, order_no, kind DESC), order_no, pay_dt, kind, method, amt
FROM (
  SELECT order_no, order_dt AS pay_dt, 'D' AS kind,
         (array['C','K','K','K','T'])[1 + order_no % 5] AS method, deposit_amt AS amt
  FROM frame_order WHERE deposit_amt > 0
  UNION ALL
  SELECT o.order_no,
         CASE WHEN cu.trade THEN o.collected_dt + 14 ELSE o.collected_dt END,
         'B',
         CASE WHEN cu.trade THEN 'T' ELSE (array['K','C','K','K','T','K'])[1 + o.order_no % 6] END,
         o.price - o.deposit_amt
  FROM frame_order o JOIN customers cu ON cu.cust_id = o.cust_id
  WHERE o.st = 'C' AND o.price - o.deposit_amt > 0
    AND (NOT cu.trade OR o.collected_dt + 14 <= date '2026-11-30')
  UNION ALL
  SELECT order_no, order_dt + 3, 'R', 'K', -deposit_amt
  FROM frame_order
  WHERE st = 'X' AND deposit_amt > 0 AND order_no % 2 = 0 AND order_dt + 3 <= date '2026-11-30'
) p;

-- ---------------------------------------------------------------- gallery

INSERT INTO artists (artist_id, name, email, comm_pct, bank_ref, joined_dt, active)
SELECT a, n,
       lower(replace(replace(n, ' ', '.'), '''', '')) || '@' || (array['artmail.co.uk','gmail.com','studio.net'])[1 + a % 3],
       (array[30, 35, 40, 35])[1 + a % 4],
       CASE WHEN a = 21 THEN NULL ELSE '20-' || lpad((a * 37 % 100)::text, 2, '0') || '-' || lpad((a * 4711 % 100000000)::text, 8, '0') END,
       CASE WHEN a = 22 THEN date '2026-11-12' ELSE date '2023-10-02' + a * 4 END,
       a <> 17
FROM (SELECT a, (array['Margaret Ellery','Tom Haskell','Ruth Penhaligon','Dev Mistry','Alice Crane','Jonah Pike','Susan Ashdown',
                       'Kwame Boateng','Rosie Tallis','Hugh Marlow','Freya Lindqvist','Bill Stokes','Anita Rao','Carys Bevan',
                       'Neil Osborne','Pippa Glenn','Graham Treloar','Lena Novak','Matthew Cole','Evie Sandford','Ollie Brandt',
                       'Niamh O''Keefe'])[a] AS n
      FROM generate_series(1, 22) a) x;

INSERT INTO stock_item (item_id, artist_id, title, kind, medium, edition_size, qty_in, list_price, recvd_dt, returned_dt)
SELECT k, artist_id, title, kind,
       CASE WHEN kind = 'O' THEN (array['Oil on board','Watercolour','Acrylic on canvas','Pastel','Mixed media','Oil on canvas'])[1 + k % 6]
            ELSE (array['Giclee','Linocut','Screenprint','Etching'])[1 + k % 4] END,
       CASE WHEN kind = 'P' THEN (array[50, 75, 100, 150])[1 + k % 4] END,
       CASE WHEN kind = 'O' THEN 1 ELSE 4 + k % 9 END,
       CASE WHEN kind = 'O' THEN 180 + ((k * 97) % 23) * 95 ELSE 35 + ((k * 13) % 12) * 12.5 END,
       recvd_dt,
       CASE WHEN artist_id = 17 AND NOT (kind = 'O' AND k % 5 IN (0, 3) AND k % 8 <> 3) THEN date '2025-06-30'
            WHEN kind = 'O' AND k % 8 = 3 AND recvd_dt + 320 + k % 50 <= date '2026-11-30' THEN recvd_dt + 320 + k % 50
            ELSE NULL END
FROM (
  SELECT k, 1 + (k * 5) % 21 AS artist_id,
         CASE WHEN k % 5 IN (0, 1, 3) THEN 'O' ELSE 'P' END AS kind,
         (array['Harbour','Estuary','Beech Wood','Hay Meadow','Salt Marsh','Old Mill','Fen Light','Winter Field','Allotment','Pier',
                'Cathedral Close','Chalk Downs'])[1 + k % 12]
           || ' ' || (array['at Dusk','in Spring','No. 2','Study','after Rain','in Mist','I','II','at Low Tide','in Autumn','Morning'])[1 + (k * 7) % 11] AS title,
         CASE WHEN 1 + (k * 5) % 21 = 17 THEN date '2024-02-01' + k % 60
              ELSE date '2024-01-02' + (k * 1000 / 300) + (k * 7) % 11 END AS recvd_dt
  FROM generate_series(1, 300) k
) s;

-- originals sell once; prints sell a copy or two at a time
INSERT INTO gallery_sales (sale_id, item_id, sale_dt, qty, unit_price, disc_pct, cust_id, payout_id)
SELECT row_number() OVER (ORDER BY sale_dt, item_id), item_id, sale_dt, qty, unit_price, disc_pct, cust_id, NULL
FROM (
  SELECT s.item_id, s.recvd_dt + 15 + (s.item_id * 37) % 240 AS sale_dt, 1 AS qty, s.list_price AS unit_price,
         CASE s.item_id % 6 WHEN 0 THEN 10 WHEN 3 THEN 5 ELSE 0 END AS disc_pct,
         CASE WHEN s.item_id % 3 = 0 THEN NULL ELSE 1 + (s.item_id * 31) % 440 END AS cust_id,
         s.artist_id, s.returned_dt
  FROM stock_item s
  WHERE s.kind = 'O' AND s.item_id % 5 IN (0, 3) AND s.item_id % 8 <> 3
  UNION ALL
  SELECT s.item_id, s.recvd_dt + j * (20 + s.item_id % 40) + (s.item_id * j) % 9,
         CASE WHEN j % 4 = 0 THEN 2 ELSE 1 END,
         s.list_price,
         CASE WHEN (s.item_id + j) % 7 = 0 THEN 10 WHEN (s.item_id + j) % 11 = 0 THEN 15 ELSE 0 END,
         CASE WHEN (s.item_id + j) % 5 IN (0, 1) THEN 1 + (s.item_id * 31 + j * 17) % 440 END,
         s.artist_id, s.returned_dt
  FROM stock_item s CROSS JOIN LATERAL generate_series(1, s.qty_in * 2 / 3) j
  WHERE s.kind = 'P'
) x
WHERE sale_dt <= date '2026-11-30'
  AND (returned_dt IS NULL OR sale_dt < returned_dt)
  AND NOT (artist_id = 9 AND sale_dt >= date '2026-01-01');

INSERT INTO artist_payouts (payout_id, artist_id, period_mth, amt, paid_dt, ref, notes)
SELECT row_number() OVER (ORDER BY period_mth, artist_id), artist_id, period_mth, amt,
       CASE WHEN held THEN NULL ELSE (period_mth + interval '1 month')::date + 4 END,
       CASE WHEN held THEN NULL ELSE 'FF' || to_char(period_mth, 'YYMM') || '-' || lpad(artist_id::text, 2, '0') END,
       CASE WHEN held AND period_mth < date '2026-10-01' THEN 'Held - waiting for new bank details'
            WHEN held THEN 'Held - query on a returned print'
            ELSE NULL END
FROM (
  SELECT s.artist_id, date_trunc('month', g.sale_dt)::date AS period_mth,
         round(sum(g.qty * g.unit_price * (1 - g.disc_pct / 100)) * (1 - a.comm_pct / 100), 2) AS amt,
         (a.bank_ref IS NULL AND date_trunc('month', g.sale_dt) >= date '2026-06-01')
           OR (s.artist_id % 4 = 1 AND date_trunc('month', g.sale_dt) = date '2026-10-01') AS held
  FROM gallery_sales g
  JOIN stock_item s ON s.item_id = g.item_id
  JOIN artists a ON a.artist_id = s.artist_id
  WHERE g.sale_dt < date '2026-11-01'
  GROUP BY s.artist_id, date_trunc('month', g.sale_dt), a.comm_pct, a.bank_ref
) p;

UPDATE customers c SET joined_dt = f.first_dt
FROM (SELECT cust_id, min(sale_dt) AS first_dt FROM gallery_sales WHERE cust_id IS NOT NULL GROUP BY cust_id) f
WHERE f.cust_id = c.cust_id AND f.first_dt < c.joined_dt;

UPDATE gallery_sales g SET payout_id = p.payout_id
FROM stock_item s, artist_payouts p
WHERE s.item_id = g.item_id AND p.artist_id = s.artist_id
  AND p.period_mth = date_trunc('month', g.sale_dt)::date;

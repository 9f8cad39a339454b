-- Made-up schema: a members' food co-operative shop (members with share capital and a discount tier,
-- volunteer shifts and the members' sign-ups, suppliers, products, purchase orders, deliveries,
-- till receipts with their lines). Data are deterministic (generate_series and modulo arithmetic,
-- no random()); data cut-off is 2026-11-30, shifts are planned up to 2026-12-31.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS sale_ln;
DROP TABLE IF EXISTS sale;
DROP TABLE IF EXISTS dlv;
DROP TABLE IF EXISTS po;
DROP TABLE IF EXISTS prod;
DROP TABLE IF EXISTS supp;
DROP TABLE IF EXISTS shft_su;
DROP TABLE IF EXISTS shft;
DROP TABLE IF EXISTS mbr;

-- ---------------------------------------------------------------- mbr (members)
CREATE TABLE mbr (
    mbr_id    integer PRIMARY KEY,
    card_no   varchar(6) NOT NULL,
    fnm       text NOT NULL,
    lnm       text NOT NULL,
    eml       text,
    tel       varchar(20),
    join_dt   date NOT NULL,
    left_dt   date,
    tier_cd   char(1) NOT NULL,
    shr_amt   numeric(7,2) NOT NULL,
    shr_pd_dt date,
    hh_sz     smallint NOT NULL,
    wrk_exm   boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE mbr IS 'Co-op members (one row per membership / household card)';
COMMENT ON COLUMN mbr.card_no IS 'number printed on the member card';
COMMENT ON COLUMN mbr.left_dt IS 'date the membership ended; NULL = still a member';
COMMENT ON COLUMN mbr.tier_cd IS 'discount tier at the till: S = standard (no discount), W = working member (10 % off), R = reduced income (20 % off), F = founding member (5 % off)';
COMMENT ON COLUMN mbr.shr_amt IS 'share capital paid in so far, EUR (one full share is 150 EUR; some members hold extra shares)';
COMMENT ON COLUMN mbr.shr_pd_dt IS 'date the share was fully paid; NULL = still paying it off in instalments';
COMMENT ON COLUMN mbr.hh_sz IS 'number of people in the household';
COMMENT ON COLUMN mbr.wrk_exm IS 'exempt from volunteer shift work (age, health, young children)';

INSERT INTO mbr (mbr_id, card_no, fnm, lnm, eml, tel, join_dt, left_dt, tier_cd, shr_amt, shr_pd_dt, hh_sz, wrk_exm)
WITH b AS (
    SELECT g,
           (ARRAY['Anna','Jonas','Lea','Felix','Mia','Paul','Emma','Ben','Sofia','Lukas','Hannah','Elias',
                  'Marie','Noah','Lina','Tim','Clara','David','Ida','Jakob','Aylin','Mehmet','Olga','Piotr'])[1 + g % 24] AS fnm,
           (ARRAY['Müller','Schmidt','Becker','Wagner','Hoffmann','Koch','Richter','Klein','Wolf','Neumann',
                  'Schwarz','Braun','Krüger','Hartmann','Lange','Werner','Krause','Lehmann','Köhler','Yilmaz',
                  'Nowak','Kaya','Vogel'])[1 + (g * 7) % 23] AS lnm,
           CASE WHEN g <= 30 THEN date '2019-03-01' + g * 3
                ELSE date '2022-01-10' + ((g - 30) * 9) / 2 END AS join_dt
    FROM generate_series(1, 420) AS g
), l AS (
    SELECT b.*,
           CASE WHEN g % 9 = 4 AND join_dt + 200 + (g * 13) % 400 <= date '2026-11-30'
                THEN join_dt + 200 + (g * 13) % 400 END AS left_dt
    FROM b
)
SELECT g,
       lpad((1000 + g * 3)::text, 6, '0'),
       fnm, lnm,
       CASE WHEN g % 23 = 0 THEN NULL
            ELSE lower(translate(fnm || '.' || lnm, 'üöä', 'uoa')) || g || '@example.org' END,
       CASE WHEN g % 6 = 2 THEN NULL ELSE '0176 ' || lpad(((g * 7919) % 10000000)::text, 7, '0') END,
       join_dt,
       left_dt,
       CASE WHEN g <= 30 THEN 'F'
            WHEN g % 20 < 8 THEN 'W'
            WHEN g % 20 < 11 THEN 'R'
            ELSE 'S' END,
       CASE WHEN left_dt IS NULL AND (g % 8 = 3 OR join_dt > date '2026-08-01') THEN 25 * (1 + g % 5)
            WHEN g % 10 = 0 THEN 500
            WHEN g % 10 = 1 THEN 300
            WHEN g % 10 = 2 THEN 200
            ELSE 150 END,
       CASE WHEN left_dt IS NULL AND (g % 8 = 3 OR join_dt > date '2026-08-01') THEN NULL
            ELSE join_dt + (g % 4) * 30 END,
       1 + (g * 7) % 5,
       g % 17 = 5
FROM l;

-- ---------------------------------------------------------------- shft (volunteer shifts)
CREATE TABLE shft (
    shft_id  integer PRIMARY KEY,
    shft_dt  date NOT NULL,
    st_tm    time NOT NULL,
    dur_h    numeric(3,1) NOT NULL,
    task_cd  char(2) NOT NULL,
    slots    smallint NOT NULL
);
COMMENT ON TABLE shft IS 'Volunteer work shifts in the shop (the shop is closed on Sundays)';
COMMENT ON COLUMN shft.st_tm IS 'start time, local shop time';
COMMENT ON COLUMN shft.dur_h IS 'length of the shift, hours';
COMMENT ON COLUMN shft.task_cd IS 'TL = till, SS = shelf stocking, RC = receiving deliveries, CL = cleaning, BB = weighing and bagging bulk goods';
COMMENT ON COLUMN shft.slots IS 'number of volunteers needed';

INSERT INTO shft (shft_id, shft_dt, st_tm, dur_h, task_cd, slots)
WITH d AS (
    SELECT dt::date AS dt, row_number() OVER (ORDER BY dt) AS di
    FROM generate_series(date '2024-01-01', date '2026-12-31', interval '1 day') AS dt
    WHERE extract(isodow FROM dt) <> 7
), s AS (
    SELECT d.dt, d.di, k,
           CASE WHEN k = 0 AND extract(isodow FROM d.dt) IN (2, 5) THEN 'RC'
                WHEN k = 1 AND extract(isodow FROM d.dt) = 6 THEN 'CL'
                ELSE (ARRAY['TL','SS','TL','BB','SS','TL','CL'])[1 + (d.di * 3 + k) % 7] END AS task_cd
    FROM d CROSS JOIN generate_series(0, 1) AS k
)
SELECT row_number() OVER (ORDER BY dt, k),
       dt,
       CASE k WHEN 0 THEN time '09:00' ELSE time '14:30' END,
       CASE WHEN extract(isodow FROM dt) = 6 THEN 4.0 WHEN k = 0 THEN 3.0 ELSE 3.5 END,
       task_cd,
       CASE task_cd WHEN 'TL' THEN 2 WHEN 'RC' THEN 3 WHEN 'CL' THEN 1 ELSE 1 + (di + k) % 2 END
FROM s;

-- ---------------------------------------------------------------- shft_su (sign-ups for shifts)
CREATE TABLE shft_su (
    su_id      integer PRIMARY KEY,
    shft_id    integer NOT NULL REFERENCES shft (shft_id),
    mbr_id     integer NOT NULL REFERENCES mbr (mbr_id),
    su_stat    char(1) NOT NULL,
    swp_mbr_id integer,
    su_ts      timestamptz NOT NULL
);
COMMENT ON TABLE shft_su IS 'Members signed up for volunteer shifts, and how it went';
COMMENT ON COLUMN shft_su.su_stat IS 'W = worked, M = missed (did not turn up), S = swapped (another member covered it), P = planned (shift has not happened yet)';
COMMENT ON COLUMN shft_su.swp_mbr_id IS 'member who covered the shift when su_stat = S (a mbr_id, but no foreign key); NULL otherwise';
COMMENT ON COLUMN shft_su.su_ts IS 'when the member signed up';

INSERT INTO shft_su (su_id, shft_id, mbr_id, su_stat, swp_mbr_id, su_ts)
WITH c AS (
    SELECT s.shft_id, s.shft_dt, j, 1 + (s.shft_id * 11 + j * 131) % 420 AS mbr_id
    FROM shft s CROSS JOIN LATERAL generate_series(0, s.slots - 1) AS j
    WHERE s.shft_id % 23 <> 0                 -- nobody signed up for these
      AND (s.shft_id + j) % 9 <> 0            -- slot left empty
), k AS (
    SELECT c.*, row_number() OVER (ORDER BY c.shft_id, c.j) AS rn
    FROM c JOIN mbr m ON m.mbr_id = c.mbr_id
    WHERE m.join_dt <= c.shft_dt AND (m.left_dt IS NULL OR m.left_dt > c.shft_dt) AND NOT m.wrk_exm
)
SELECT rn, shft_id, mbr_id,
       CASE WHEN shft_dt > date '2026-11-30' THEN 'P'
            WHEN mbr_id % 13 = 0 AND shft_id % 3 <> 0 THEN 'M'
            WHEN (shft_id * 3 + j) % 17 = 0 THEN 'M'
            WHEN (shft_id + j * 5) % 11 = 0 THEN 'S'
            ELSE 'W' END,
       CASE WHEN shft_dt > date '2026-11-30' OR (mbr_id % 13 = 0 AND shft_id % 3 <> 0) OR (shft_id * 3 + j) % 17 = 0 THEN NULL
            WHEN (shft_id + j * 5) % 11 = 0 THEN 1 + (mbr_id + 57) % 420 END,
       least((shft_dt - 3 - (shft_id + j) % 20)::timestamp + time '08:00' + ((shft_id * 37 + j * 101) % 720) * interval '1 minute',
             timestamp '2026-11-30 17:45')
FROM k;

-- ---------------------------------------------------------------- supp (suppliers)
CREATE TABLE supp (
    supp_id  integer PRIMARY KEY,
    supp_nm  text NOT NULL,
    twn      text NOT NULL,
    km       smallint NOT NULL,
    is_lcl   boolean NOT NULL,
    pay_days smallint NOT NULL,
    ctc_eml  text
);
COMMENT ON TABLE supp IS 'Suppliers: farms, bakeries, wholesalers';
COMMENT ON COLUMN supp.km IS 'road distance from the shop, km';
COMMENT ON COLUMN supp.is_lcl IS 'local supplier (within 80 km), shown as "local" on the shelf labels';
COMMENT ON COLUMN supp.pay_days IS 'payment terms, days after the invoice';

INSERT INTO supp (supp_id, supp_nm, twn, km, is_lcl, pay_days, ctc_eml) VALUES
    (1,  'Hof Lindenberg',            'Lindenberg',   18, true,  14, 'hof@lindenberg.example'),
    (2,  'Kleine Aue Gemüse',         'Auetal',        9, true,  14, 'gemuese@kleineaue.example'),
    (3,  'Obsthof Sonnenhang',        'Bergheim',     34, true,  30, 'info@sonnenhang.example'),
    (4,  'Bio-Großhandel Nord',       'Hamburg',     140, false, 30, 'bestellung@bgn.example'),
    (5,  'Molkerei Wiesengrund',      'Wiesenfeld',   26, true,  14, 'molkerei@wiesengrund.example'),
    (6,  'Alpenmilch eG',             'Kempten',     410, false, 30, 'order@alpenmilch.example'),
    (7,  'Backstube Korn & Kruste',   'Altstadt',      4, true,   7, NULL),
    (8,  'Vollkornbäckerei Mühlstein', 'Mühlhausen',   55, true,  14, 'back@muehlstein.example'),
    (9,  'Naturkost Zentrallager',    'Kassel',      220, false, 30, 'order@nkz.example'),
    (10, 'Mühle am Bach',             'Bachingen',    41, true,  30, 'muehle@ambach.example'),
    (11, 'NussKontor Import',         'Bremen',      380, false, 45, 'sales@nusskontor.example'),
    (12, 'Kelterei Streuobst',        'Obstdorf',     29, true,  30, NULL),
    (13, 'Tee & Bohne GmbH',          'Berlin',      510, false, 30, 'shop@teebohne.example'),
    (14, 'Grünputz Nachfüll',         'Hannover',    160, false, 30, 'refill@gruenputz.example'),
    (15, 'Seifensiederei Lavendel',   'Heidekamp',    62, true,  14, 'seife@lavendel.example'),
    (16, 'Terra Nova Imports',        'Rotterdam',   690, false, 60, 'trade@terranova.example');

-- ---------------------------------------------------------------- prod (products)
CREATE TABLE prod (
    prod_id  integer PRIMARY KEY,
    sku      varchar(8) NOT NULL,
    prod_nm  text NOT NULL,
    supp_id  integer NOT NULL REFERENCES supp (supp_id),
    cat_cd   char(2) NOT NULL,
    is_org   boolean NOT NULL,
    is_bulk  boolean NOT NULL,
    uom      char(2) NOT NULL,
    prc      numeric(7,2) NOT NULL,
    cost     numeric(7,2) NOT NULL,
    disc_dt  date
);
COMMENT ON TABLE prod IS 'Products on the shelves (and ones taken off them)';
COMMENT ON COLUMN prod.cat_cd IS 'FV = fruit and vegetables, DA = dairy and eggs, BK = bread and bakery, DG = dry goods (grains, pulses, pasta, nuts), BV = drinks, HH = household and body care';
COMMENT ON COLUMN prod.is_org IS 'certified organic';
COMMENT ON COLUMN prod.is_bulk IS 'sold loose from the bulk bins, members bring their own containers';
COMMENT ON COLUMN prod.uom IS 'unit the price is per: KG = kilogram, LT = litre, EA = piece';
COMMENT ON COLUMN prod.prc IS 'shelf price per unit (uom), EUR incl. VAT';
COMMENT ON COLUMN prod.cost IS 'what we pay the supplier per unit (uom), EUR';
COMMENT ON COLUMN prod.disc_dt IS 'date the product was delisted; NULL = still stocked';

INSERT INTO prod (prod_id, sku, prod_nm, supp_id, cat_cd, is_org, is_bulk, uom, prc, cost, disc_dt)
WITH n AS (
    SELECT g, (g - 1) / 25 AS c, 1 + (g - 1) % 25 AS i,
           (ARRAY[
             'Carrots','Potatoes','Onions','Apples Elstar','Apples Boskoop','Pears Conference','Bananas','Lemons',
             'Oranges','Leeks','Beetroot','Red cabbage','Kale','Lettuce','Cucumber','Tomatoes','Courgettes',
             'Pumpkin Hokkaido','Garlic','Mushrooms','Spinach','Parsnips','Celeriac','Sweet potatoes','Fennel',
             'Whole milk 1 l','Semi-skimmed milk 1 l','Natural yoghurt 500 g','Greek yoghurt 400 g','Quark 500 g',
             'Butter 250 g','Gouda young','Gouda aged','Goat cheese','Feta','Mozzarella','Cream 200 ml','Sour cream',
             'Free-range eggs 6','Free-range eggs 10','Kefir','Buttermilk','Cottage cheese','Skyr','Brie','Emmental',
             'Ricotta','Mascarpone','Duck eggs 4','Sheep yoghurt',
             'Sourdough rye','Spelt loaf','Wholemeal loaf','Seeded loaf','Baguette','Croissant','Rye crispbread',
             'Oat biscuits','Cinnamon bun','Apple cake slice','Pumpernickel','Ciabatta','Focaccia','Bagel','Pretzel',
             'Carrot cake','Muesli bar','Gluten-free loaf','Brioche','Flatbread','Sunflower roll','Crackers',
             'Banana bread','Scone','Waffles',
             'Rolled oats','Brown rice','Basmati rice','Red lentils','Green lentils','Penne','Chickpeas','Black beans',
             'Quinoa','Buckwheat','Spelt flour','Spaghetti','Wheat flour','Rye flour','Millet','Muesli','Almonds',
             'Fusilli','Walnuts','Hazelnuts','Sunflower seeds','Pumpkin seeds','Raisins','Tinned tomatoes','Cane sugar',
             'Apple juice 1 l','Orange juice 1 l','Oat drink 1 l','Soy drink 1 l','Sparkling water 0.75 l',
             'Still water 1.5 l','Black tea loose','Green tea loose','Herbal tea loose','Rooibos bags',
             'Coffee beans','Ground coffee 250 g','Cocoa powder','Elderflower cordial','Ginger beer','Lemonade',
             'Kombucha','Local lager 0.33 l','Cider 0.5 l','Red wine','White wine','Beetroot juice','Carrot juice',
             'Almond drink 1 l','Coconut water',
             'Washing-up liquid refill','Laundry liquid refill','All-purpose cleaner refill','Hand soap refill',
             'Shampoo refill','Conditioner','Bar soap','Toothpaste','Bamboo toothbrush','Deodorant',
             'Toilet paper 8 rolls','Kitchen roll','Compost bags','Beeswax wraps','Dish brush','Sponge cloths',
             'Laundry powder','Dishwasher tablets','Vinegar cleaner','Soda crystals','Body lotion','Lip balm',
             'Sun cream','Candles','Matches'])[g] AS nm
    FROM generate_series(1, 150) AS g
), a AS (
    SELECT n.*,
           (ARRAY['FV','DA','BK','DG','BV','HH'])[c + 1] AS cat,
           CASE c WHEN 3 THEN i NOT IN (6, 12, 18, 24)
                  WHEN 4 THEN i IN (7, 8, 9, 11)
                  WHEN 5 THEN i IN (1, 2, 3, 4, 5, 17)
                  ELSE false END AS bulk,
           (g * 7) % 10 < 6 AS org
    FROM n
)
SELECT g,
       cat || lpad(g::text, 4, '0'),
       nm,
       CASE c WHEN 0 THEN (ARRAY[1, 2, 3, 4])[1 + i % 4]
              WHEN 1 THEN CASE WHEN i % 3 = 0 THEN 6 ELSE 5 END
              WHEN 2 THEN CASE WHEN i % 2 = 0 THEN 7 ELSE 8 END
              WHEN 3 THEN CASE WHEN i IN (11, 13, 14) THEN 10 WHEN i BETWEEN 17 AND 23 THEN 11 ELSE 9 END
              WHEN 4 THEN CASE WHEN i IN (1, 2, 18, 19, 22, 23) THEN 12 WHEN i BETWEEN 7 AND 13 THEN 13 ELSE 9 END
              ELSE CASE WHEN i IN (7, 21, 22) THEN 15 ELSE 14 END END,
       cat,
       org,
       bulk,
       CASE WHEN c = 0 THEN CASE WHEN i IN (13, 14, 15, 18, 23, 25) THEN 'EA' ELSE 'KG' END
            WHEN c = 1 THEN CASE WHEN i IN (1, 2) THEN 'LT' ELSE 'EA' END
            WHEN c IN (3, 4) THEN CASE WHEN bulk THEN 'KG' ELSE 'EA' END
            WHEN c = 5 THEN CASE WHEN i = 17 THEN 'KG' WHEN bulk THEN 'LT' ELSE 'EA' END
            ELSE 'EA' END,
       round((CASE c WHEN 0 THEN 1.20 + ((g * 37) % 30) * 0.12
                     WHEN 1 THEN 0.95 + ((g * 41) % 30) * 0.18
                     WHEN 2 THEN 1.10 + ((g * 43) % 30) * 0.12
                     WHEN 3 THEN CASE WHEN bulk THEN 1.90 + ((g * 47) % 30) * 0.35 ELSE 0.99 + ((g * 47) % 30) * 0.06 END
                     WHEN 4 THEN CASE WHEN bulk THEN 9.50 + ((g * 53) % 30) * 0.60 ELSE 0.90 + ((g * 53) % 30) * 0.12 END
                     ELSE 1.50 + ((g * 59) % 30) * 0.25 END) * CASE WHEN org THEN 1.15 ELSE 1 END, 2),
       round((CASE c WHEN 0 THEN 1.20 + ((g * 37) % 30) * 0.12
                     WHEN 1 THEN 0.95 + ((g * 41) % 30) * 0.18
                     WHEN 2 THEN 1.10 + ((g * 43) % 30) * 0.12
                     WHEN 3 THEN CASE WHEN bulk THEN 1.90 + ((g * 47) % 30) * 0.35 ELSE 0.99 + ((g * 47) % 30) * 0.06 END
                     WHEN 4 THEN CASE WHEN bulk THEN 9.50 + ((g * 53) % 30) * 0.60 ELSE 0.90 + ((g * 53) % 30) * 0.12 END
                     ELSE 1.50 + ((g * 59) % 30) * 0.25 END) * CASE WHEN org THEN 1.15 ELSE 1 END
             * (0.62 + (g % 7) * 0.02), 2),
       CASE WHEN g % 11 = 7 THEN date '2024-05-01' + (g * 29) % 850 END
FROM a;

-- ---------------------------------------------------------------- po (purchase orders)
CREATE TABLE po (
    po_id    integer PRIMARY KEY,
    supp_id  integer NOT NULL REFERENCES supp (supp_id),
    po_dt    date NOT NULL,
    exp_dt   date NOT NULL,
    po_stat  char(1) NOT NULL,
    po_amt   numeric(9,2) NOT NULL,
    ord_by   varchar(20)
);
COMMENT ON TABLE po IS 'Purchase orders sent to suppliers';
COMMENT ON COLUMN po.po_dt IS 'date the order was written';
COMMENT ON COLUMN po.exp_dt IS 'delivery date the supplier promised';
COMMENT ON COLUMN po.po_stat IS 'D = draft (not sent yet), S = sent, waiting for delivery, P = partly delivered (rest to follow), R = received in full, X = cancelled';
COMMENT ON COLUMN po.po_amt IS 'order value, EUR excl. VAT';
COMMENT ON COLUMN po.ord_by IS 'initials of the buyer who placed it';

INSERT INTO po (po_id, supp_id, po_dt, exp_dt, po_stat, po_amt, ord_by)
WITH b AS (
    SELECT g, 1 + (g * 7) % 15 AS supp_id, date '2024-01-03' + (g * 151) / 100 AS po_dt
    FROM generate_series(1, 700) AS g
)
SELECT g, b.supp_id, po_dt,
       po_dt + CASE WHEN s.is_lcl THEN 2 + g % 3 ELSE 5 + g % 8 END,
       CASE WHEN po_dt > date '2026-11-20' AND g % 2 = 0 THEN 'D'
            WHEN po_dt > date '2026-11-10' THEN 'S'
            WHEN g % 23 = 0 THEN 'X'
            WHEN g % 9 = 0 THEN 'P'
            WHEN g % 31 = 5 THEN 'S'
            ELSE 'R' END,
       150 + (g * 173) % 1800 + (g % 100) / 100.0,
       (ARRAY['AK','JB','MS','TW'])[1 + (g / 40) % 4]
FROM b JOIN supp s ON s.supp_id = b.supp_id;

-- ---------------------------------------------------------------- dlv (deliveries received)
CREATE TABLE dlv (
    dlv_id   integer PRIMARY KEY,
    po_id    integer NOT NULL,
    rcv_dt   date NOT NULL,
    n_cs     smallint NOT NULL,
    dmg_cs   smallint NOT NULL DEFAULT 0,
    tmp_c    numeric(3,1),
    inv_no   varchar(20),
    inv_amt  numeric(9,2)
);
COMMENT ON TABLE dlv IS 'Deliveries received at the back door';
COMMENT ON COLUMN dlv.po_id IS 'purchase order (po.po_id) the delivery was for; typed in at the back door, no foreign key';
COMMENT ON COLUMN dlv.rcv_dt IS 'date the goods arrived';
COMMENT ON COLUMN dlv.n_cs IS 'number of cases / crates received';
COMMENT ON COLUMN dlv.dmg_cs IS 'cases that arrived damaged or spoiled';
COMMENT ON COLUMN dlv.tmp_c IS 'core temperature of chilled goods on arrival, deg C; NULL = no chilled goods';
COMMENT ON COLUMN dlv.inv_no IS 'supplier invoice number; NULL = invoice not received yet';
COMMENT ON COLUMN dlv.inv_amt IS 'invoiced amount, EUR excl. VAT; NULL until the invoice arrives';

INSERT INTO dlv (dlv_id, po_id, rcv_dt, n_cs, dmg_cs, tmp_c, inv_no, inv_amt)
WITH d AS (
    SELECT p.*, row_number() OVER (ORDER BY p.po_id) AS rn,
           greatest(p.po_dt + 1, p.exp_dt + (p.po_id * 5) % 7 - 2) AS rcv_dt
    FROM po p
    WHERE p.po_stat IN ('P', 'R')
)
SELECT rn, po_id, rcv_dt,
       2 + (po_id * 3) % 20,
       CASE WHEN po_id % 7 = 0 THEN 1 + po_id % 2 WHEN po_id % 13 = 0 THEN 1 ELSE 0 END,
       CASE WHEN supp_id IN (5, 6) THEN 3.0 + (po_id % 6) * 0.5 END,
       CASE WHEN rcv_dt > date '2026-11-05' OR po_id % 29 = 0 THEN NULL
            ELSE 'R' || (10000 + po_id * 17)::text END,
       CASE WHEN rcv_dt > date '2026-11-05' OR po_id % 29 = 0 THEN NULL
            WHEN po_stat = 'P' THEN round(po_amt * 0.6, 2)
            ELSE po_amt - CASE WHEN po_id % 7 = 0 THEN 20 ELSE 0 END END
FROM d;

-- ---------------------------------------------------------------- sale (till receipts)
CREATE TABLE sale (
    sale_id   integer PRIMARY KEY,
    sale_ts   timestamptz NOT NULL,
    till_no   smallint NOT NULL,
    mbr_id    integer REFERENCES mbr (mbr_id),
    pay_cd    char(1) NOT NULL,
    gross_amt numeric(8,2) NOT NULL DEFAULT 0,
    disc_amt  numeric(7,2) NOT NULL DEFAULT 0
);
COMMENT ON TABLE sale IS 'Till receipts (one per checkout)';
COMMENT ON COLUMN sale.mbr_id IS 'member who shopped; NULL = non-member (guest) purchase';
COMMENT ON COLUMN sale.pay_cd IS 'C = cash, K = card, A = put on the member''s account';
COMMENT ON COLUMN sale.gross_amt IS 'sum of the receipt lines before discount, EUR';
COMMENT ON COLUMN sale.disc_amt IS 'member discount given on the receipt, EUR (the customer paid gross_amt - disc_amt)';

INSERT INTO sale (sale_id, sale_ts, till_no, mbr_id, pay_cd)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-02 09:00:00+00' + ((g * 1062) / 2000) * interval '1 day'
             + ((g * 37) % 600) * interval '1 minute' AS ts0
    FROM generate_series(1, 2000) AS g
), t AS (
    SELECT g, CASE WHEN extract(isodow FROM ts0 AT TIME ZONE 'UTC') = 7 THEN ts0 + interval '1 day' ELSE ts0 END AS ts
    FROM b
), m AS (
    SELECT t.*,
           CASE WHEN g % 6 = 0 THEN NULL
                ELSE 1 + (g * 29) % (SELECT max(mbr_id) FROM mbr WHERE join_dt <= (t.ts AT TIME ZONE 'UTC')::date) END AS cand
    FROM t
)
SELECT g, ts, 1 + g % 2,
       CASE WHEN mm.left_dt IS NULL OR mm.left_dt > (ts AT TIME ZONE 'UTC')::date THEN mm.mbr_id END,
       CASE WHEN mm.mbr_id IS NULL OR mm.left_dt <= (ts AT TIME ZONE 'UTC')::date
            THEN CASE WHEN g % 3 = 0 THEN 'C' ELSE 'K' END
            ELSE CASE g % 5 WHEN 0 THEN 'C' WHEN 1 THEN 'A' ELSE 'K' END END
FROM m LEFT JOIN mbr mm ON mm.mbr_id = m.cand;

-- ---------------------------------------------------------------- sale_ln (receipt lines)
CREATE TABLE sale_ln (
    ln_id    integer PRIMARY KEY,
    sale_id  integer NOT NULL REFERENCES sale (sale_id),
    prod_id  integer NOT NULL REFERENCES prod (prod_id),
    qty      numeric(8,3) NOT NULL,
    unit_prc numeric(7,2) NOT NULL,
    ln_amt   numeric(8,2) NOT NULL
);
COMMENT ON TABLE sale_ln IS 'Lines of the till receipts';
COMMENT ON COLUMN sale_ln.qty IS 'quantity in the product''s unit (kg, litres or pieces)';
COMMENT ON COLUMN sale_ln.unit_prc IS 'price per unit charged, EUR';
COMMENT ON COLUMN sale_ln.ln_amt IS 'line total before member discount, EUR';

INSERT INTO sale_ln (ln_id, sale_id, prod_id, qty, unit_prc, ln_amt)
WITH c AS (
    SELECT s.sale_id, s.sale_ts, i,
           1 + ((s.sale_id * 13 + i * 47) % 150) AS p0
    FROM sale s CROSS JOIN LATERAL generate_series(0, (s.sale_id * 7) % 5) AS i
), l AS (
    SELECT c.sale_id, c.i, p.prod_id, p.uom, p.prc
    FROM c JOIN prod p ON p.prod_id = CASE WHEN c.p0 % 19 = 4 THEN c.p0 + 1 ELSE c.p0 END
    WHERE p.disc_dt IS NULL OR p.disc_dt > (c.sale_ts AT TIME ZONE 'UTC')::date
), q AS (
    SELECT l.*,
           CASE uom WHEN 'KG' THEN 0.25 + ((sale_id + i) * 7 % 20) * 0.1
                    WHEN 'LT' THEN 0.5 + ((sale_id + i) % 4) * 0.5
                    ELSE 1 + (sale_id + i) % 3 END AS qty
    FROM l
)
SELECT row_number() OVER (ORDER BY sale_id, i), sale_id, prod_id, qty, prc, round(qty * prc, 2)
FROM q;

DELETE FROM sale s WHERE NOT EXISTS (SELECT 1 FROM sale_ln l WHERE l.sale_id = s.sale_id);

UPDATE sale s
SET gross_amt = t.gross,
    disc_amt = round(t.gross * coalesce((SELECT CASE m.tier_cd WHEN 'W' THEN 0.10 WHEN 'R' THEN 0.20 WHEN 'F' THEN 0.05 ELSE 0 END
                                         FROM mbr m WHERE m.mbr_id = s.mbr_id), 0), 2)
FROM (SELECT sale_id, sum(ln_amt) AS gross FROM sale_ln GROUP BY sale_id) t
WHERE t.sale_id = s.sale_id;

ANALYZE;

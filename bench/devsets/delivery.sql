-- Made-up schema: a food-delivery platform (partner restaurants, their menus, diners, delivery
-- riders, orders and order lines, courier trips, ratings and complaints). Data are deterministic
-- (generate_series and modulo arithmetic, no random()); data cut-off is 2025-11-30.
-- Re-runnable: tables are dropped children first.

DROP TABLE IF EXISTS fdbk;
DROP TABLE IF EXISTS trip;
DROP TABLE IF EXISTS ord_ln;
DROP TABLE IF EXISTS ord_hdr;
DROP TABLE IF EXISTS courier;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS menu_itm;
DROP TABLE IF EXISTS rst;

-- ---------------------------------------------------------------- rst (restaurants)
CREATE TABLE rst (
    rst_id      integer PRIMARY KEY,
    rst_nm      text NOT NULL,
    cuisine_cd  char(2) NOT NULL,
    city        text NOT NULL,
    onboard_dt  date NOT NULL,
    comm_pct    numeric(4,2) NOT NULL,
    is_active   boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE rst IS 'Partner restaurants listed in the app';
COMMENT ON COLUMN rst.cuisine_cd IS 'IT = Italian, CN = Chinese, MX = Mexican, IN = Indian, JP = Japanese, US = American (burgers, BBQ, diner), TH = Thai, MD = Mediterranean';
COMMENT ON COLUMN rst.onboard_dt IS 'date the restaurant went live on the platform';
COMMENT ON COLUMN rst.comm_pct IS 'platform commission on the food subtotal, percent';
COMMENT ON COLUMN rst.is_active IS 'false = delisted (closed or left the platform)';

INSERT INTO rst (rst_id, rst_nm, cuisine_cd, city, onboard_dt, comm_pct, is_active)
SELECT g,
       (ARRAY['Nonna Rosa Trattoria','Golden Dragon','Taqueria El Sol','Bombay Spice','Sakura Sushi Bar',
              'Liberty Burger Co','Bangkok Street Kitchen','Olive & Fig','Pizzeria Vesuvio','Wok This Way',
              'La Cantina Verde','Tandoori Nights','Ramen Kaze','Smokehouse 71','Thai Orchid',
              'Aegean Grill','Pasta Fresca','Jade Garden','Burrito Loco','Curry Leaf',
              'Tokyo Bento','Diner 66','Lemongrass','Falafel House','Trattoria Lucca',
              'Dumpling Den','Tacos Guerrero','Masala Box','Poke Paradise','Green Bowl Burgers'])[g],
       (ARRAY['IT','CN','MX','IN','JP','US','TH','MD'])[1 + (g - 1) % 8],
       (ARRAY['Austin','Denver','Portland'])[1 + g % 3],
       CASE WHEN g >= 29 THEN date '2025-11-12' + (g - 29) * 9
            ELSE date '2021-09-01' + g * 25 END,
       15 + (g % 4) * 2.5,
       g % 11 <> 0
FROM generate_series(1, 30) AS g;

-- ---------------------------------------------------------------- menu_itm (dishes)
CREATE TABLE menu_itm (
    itm_id    integer PRIMARY KEY,
    rst_id    integer NOT NULL REFERENCES rst (rst_id),
    itm_nm    text NOT NULL,
    cat_cd    char(1) NOT NULL,
    price     numeric(6,2) NOT NULL,
    is_veg    boolean NOT NULL DEFAULT false,
    is_avail  boolean NOT NULL DEFAULT true
);
COMMENT ON COLUMN menu_itm.cat_cd IS 'M = main, S = side / starter, B = beverage, T = dessert';
COMMENT ON COLUMN menu_itm.price IS 'current menu price, USD (prices went up by 0.50 on 2025-03-01)';
COMMENT ON COLUMN menu_itm.is_veg IS 'vegetarian';
COMMENT ON COLUMN menu_itm.is_avail IS 'false = taken off the menu / sold out indefinitely';

INSERT INTO menu_itm (itm_id, rst_id, itm_nm, cat_cd, price, is_veg, is_avail)
WITH dish (cz, pos, nm, veg, base) AS (VALUES
    (1, 1, 'Margherita Pizza', true, 13.50), (1, 2, 'Pepperoni Pizza', false, 15.00), (1, 3, 'Spaghetti Carbonara', false, 16.00),
    (1, 4, 'Lasagna', false, 17.00), (1, 5, 'Penne Arrabbiata', true, 13.00), (1, 6, 'Chicken Parmigiana', false, 18.50),
    (1, 7, 'Garlic Bread', true, 5.00), (1, 8, 'Caprese Salad', true, 8.50), (1, 9, 'San Pellegrino', true, 3.00),
    (1, 10, 'Italian Soda', true, 3.50), (1, 11, 'Tiramisu', true, 7.50), (1, 12, 'Cannoli', true, 6.00),
    (2, 1, 'Kung Pao Chicken', false, 14.50), (2, 2, 'Beef with Broccoli', false, 15.50), (2, 3, 'Sweet and Sour Pork', false, 14.00),
    (2, 4, 'Mapo Tofu', true, 12.50), (2, 5, 'Chow Mein', true, 11.50), (2, 6, 'Orange Chicken', false, 14.00),
    (2, 7, 'Spring Rolls', true, 5.50), (2, 8, 'Egg Fried Rice', true, 6.00), (2, 9, 'Jasmine Tea', true, 2.50),
    (2, 10, 'Lychee Soda', true, 3.50), (2, 11, 'Sesame Balls', true, 5.00), (2, 12, 'Mango Pudding', true, 5.50),
    (3, 1, 'Carnitas Tacos', false, 12.00), (3, 2, 'Chicken Burrito', false, 13.00), (3, 3, 'Beef Enchiladas', false, 14.00),
    (3, 4, 'Veggie Quesadilla', true, 11.00), (3, 5, 'Carne Asada Bowl', false, 15.50), (3, 6, 'Fish Tacos', false, 13.50),
    (3, 7, 'Chips and Guacamole', true, 6.50), (3, 8, 'Elote', true, 5.00), (3, 9, 'Horchata', true, 3.50),
    (3, 10, 'Jarritos', true, 3.00), (3, 11, 'Churros', true, 6.00), (3, 12, 'Flan', true, 5.50),
    (4, 1, 'Butter Chicken', false, 16.50), (4, 2, 'Chicken Tikka Masala', false, 16.50), (4, 3, 'Lamb Rogan Josh', false, 19.00),
    (4, 4, 'Chana Masala', true, 13.00), (4, 5, 'Palak Paneer', true, 14.50), (4, 6, 'Chicken Biryani', false, 17.00),
    (4, 7, 'Garlic Naan', true, 4.00), (4, 8, 'Vegetable Samosas', true, 6.00), (4, 9, 'Mango Lassi', true, 4.50),
    (4, 10, 'Masala Chai', true, 3.50), (4, 11, 'Gulab Jamun', true, 5.50), (4, 12, 'Kheer', true, 5.00),
    (5, 1, 'Salmon Nigiri Set', false, 19.50), (5, 2, 'California Roll', false, 11.00), (5, 3, 'Chicken Teriyaki', false, 15.00),
    (5, 4, 'Tonkotsu Ramen', false, 16.00), (5, 5, 'Vegetable Tempura Udon', true, 14.50), (5, 6, 'Spicy Tuna Roll', false, 12.50),
    (5, 7, 'Edamame', true, 5.00), (5, 8, 'Miso Soup', true, 4.00), (5, 9, 'Green Tea', true, 2.50),
    (5, 10, 'Ramune', true, 3.50), (5, 11, 'Mochi Ice Cream', true, 6.00), (5, 12, 'Matcha Cheesecake', true, 7.00),
    (6, 1, 'Classic Cheeseburger', false, 13.00), (6, 2, 'Bacon BBQ Burger', false, 15.50), (6, 3, 'Pulled Pork Sandwich', false, 14.50),
    (6, 4, 'Veggie Burger', true, 13.00), (6, 5, 'Buffalo Wings', false, 12.50), (6, 6, 'Chicken Tenders', false, 11.50),
    (6, 7, 'French Fries', true, 4.50), (6, 8, 'Onion Rings', true, 5.50), (6, 9, 'Lemonade', true, 3.50),
    (6, 10, 'Cola', true, 2.50), (6, 11, 'Chocolate Milkshake', true, 6.50), (6, 12, 'Apple Pie', true, 6.00),
    (7, 1, 'Pad Thai', false, 14.00), (7, 2, 'Green Curry', false, 15.00), (7, 3, 'Massaman Curry', false, 15.50),
    (7, 4, 'Tom Yum Soup', false, 12.00), (7, 5, 'Pad See Ew', true, 13.50), (7, 6, 'Basil Fried Rice', false, 13.00),
    (7, 7, 'Fresh Spring Rolls', true, 6.50), (7, 8, 'Papaya Salad', true, 8.00), (7, 9, 'Thai Iced Tea', true, 4.00),
    (7, 10, 'Coconut Water', true, 3.50), (7, 11, 'Mango Sticky Rice', true, 7.00), (7, 12, 'Coconut Ice Cream', true, 5.50),
    (8, 1, 'Chicken Shawarma Plate', false, 16.00), (8, 2, 'Lamb Gyro', false, 13.50), (8, 3, 'Falafel Wrap', true, 11.50),
    (8, 4, 'Mezze Platter', true, 15.00), (8, 5, 'Grilled Halloumi Bowl', true, 14.50), (8, 6, 'Moussaka', false, 17.00),
    (8, 7, 'Hummus and Pita', true, 6.50), (8, 8, 'Greek Salad', true, 8.50), (8, 9, 'Mint Lemonade', true, 4.00),
    (8, 10, 'Ayran', true, 3.00), (8, 11, 'Baklava', true, 6.00), (8, 12, 'Rice Pudding', true, 5.00)
)
SELECT (r.rst_id - 1) * 12 + d.pos,
       r.rst_id,
       d.nm,
       CASE WHEN d.pos <= 6 THEN 'M' WHEN d.pos <= 8 THEN 'S' WHEN d.pos <= 10 THEN 'B' ELSE 'T' END,
       d.base + ((r.rst_id * 3 + d.pos) % 5) * 0.5,
       d.veg,
       (r.rst_id * 5 + d.pos * 7) % 17 <> 0
FROM rst r
JOIN dish d ON d.cz = 1 + (r.rst_id - 1) % 8;

-- ---------------------------------------------------------------- cust (diners)
CREATE TABLE cust (
    cust_id     integer PRIMARY KEY,
    first_nm    text NOT NULL,
    last_nm     text NOT NULL,
    email       text,
    phone       varchar(20) NOT NULL,
    city        text NOT NULL,
    signup_ts   timestamptz NOT NULL,
    is_plus     boolean NOT NULL DEFAULT false,
    mktg_optin  boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE cust IS 'Diners: app users who order food';
COMMENT ON COLUMN cust.email IS 'NULL = signed up with a phone number only';
COMMENT ON COLUMN cust.is_plus IS 'subscribed to Plus (no delivery fee on any order)';
COMMENT ON COLUMN cust.mktg_optin IS 'agreed to receive marketing e-mails / push notifications';

INSERT INTO cust (cust_id, first_nm, last_nm, email, phone, city, signup_ts, is_plus, mktg_optin)
SELECT g, fn, ln,
       CASE WHEN g % 40 = 7 THEN NULL ELSE lower(fn || '.' || ln || g || '@mail.example') END,
       '512-555-' || lpad(((g * 7919) % 10000)::text, 4, '0'),
       (ARRAY['Austin','Denver','Portland'])[1 + g % 3],
       timestamptz '2022-03-01 10:00:00+00' + g * interval '10 hours' + (g % 60) * interval '1 minute',
       g % 5 = 0,
       g % 3 <> 2
FROM (
    SELECT g,
           (ARRAY['James','Maria','Wei','Aaliyah','Lucas','Sofia','Omar','Emily','Diego','Hana',
                  'Noah','Priya','Jonas','Chloe','Mateo','Grace','Ivan','Zoe','Kofi','Leila'])[1 + g % 20] AS fn,
           (ARRAY['Walker','Reyes','Zhang','Brooks','Novak','Haddad','Turner','Okafor','Silva','Murphy',
                  'Tanaka','Fischer','Ramos','Kowalski','Bennett','Ahmed','Larsen','Ortiz','Kim','Dubois',
                  'Price','Moreau','Gupta'])[1 + (g * 7) % 23] AS ln
    FROM generate_series(1, 1500) AS g
) t;

-- ---------------------------------------------------------------- courier (riders)
CREATE TABLE courier (
    crr_id      integer PRIMARY KEY,
    crr_nm      text NOT NULL,
    veh_cd      char(1) NOT NULL,
    city        text NOT NULL,
    hired_dt    date NOT NULL,
    term_dt     date,
    bg_check_ok boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE courier IS 'Delivery riders (independent contractors)';
COMMENT ON COLUMN courier.veh_cd IS 'B = bicycle, E = e-bike, M = motorbike / scooter, C = car';
COMMENT ON COLUMN courier.term_dt IS 'date the rider was offboarded; NULL = still riding for us';
COMMENT ON COLUMN courier.bg_check_ok IS 'background check passed (false = check pending renewal)';

INSERT INTO courier (crr_id, crr_nm, veh_cd, city, hired_dt, term_dt, bg_check_ok)
SELECT g,
       (ARRAY['Alex','Sam','Jordan','Taylor','Chris','Morgan','Jamie','Casey','Riley','Drew',
              'Kai','Luis','Nadia','Tomas','Anya','Marcus','Elena','Yusuf','Ben','Rosa',
              'Pavel','Mei','Andre','Fatou','Gabe','Ines','Hugo'])[1 + g % 27]
       || ' ' ||
       (ARRAY['A.','B.','C.','D.','E.','F.','G.','H.','J.','K.','L.','M.','N.','P.','R.','S.','T.','V.','W.'])[1 + (g * 5) % 19],
       (ARRAY['B','E','E','M','C','M','E','C','B','E','M'])[1 + g % 11],
       (ARRAY['Austin','Denver','Portland'])[1 + g % 3],
       CASE WHEN g > 120 THEN date '2025-11-17' + (g - 121) * 2
            ELSE date '2023-06-01' + (g * 9) % 200 END,
       NULL,
       g % 19 <> 4
FROM generate_series(1, 126) AS g;

-- ---------------------------------------------------------------- ord_hdr (orders)
CREATE TABLE ord_hdr (
    ord_id     integer PRIMARY KEY,
    cust_id    integer NOT NULL REFERENCES cust (cust_id),
    rst_id     integer NOT NULL REFERENCES rst (rst_id),
    placed_ts  timestamptz NOT NULL,
    ord_stat   char(1) NOT NULL,
    pay_typ    char(2) NOT NULL,
    subtotal   numeric(8,2) NOT NULL,
    dlv_fee    numeric(5,2) NOT NULL,
    tip_amt    numeric(6,2),
    promo_cd   varchar(12),
    is_sched   boolean NOT NULL DEFAULT false
);
COMMENT ON COLUMN ord_hdr.ord_stat IS 'D = delivered, C = cancelled by the customer, X = rejected / cancelled by the restaurant, R = refunded after delivery, N = no-show (rider could not hand over, diner unreachable), P = in progress';
COMMENT ON COLUMN ord_hdr.pay_typ IS 'CC = credit or debit card, AP = Apple Pay / Google Pay, PP = PayPal, CA = cash on delivery';
COMMENT ON COLUMN ord_hdr.subtotal IS 'food total (sum of the order lines), USD, before delivery fee and tip';
COMMENT ON COLUMN ord_hdr.dlv_fee IS 'delivery fee charged to the diner, USD (0 for Plus members and FREEDEL)';
COMMENT ON COLUMN ord_hdr.tip_amt IS 'tip for the rider, USD; NULL = cash order, tip not recorded';
COMMENT ON COLUMN ord_hdr.promo_cd IS 'promo code redeemed; NULL = none';
COMMENT ON COLUMN ord_hdr.is_sched IS 'true = scheduled in advance for a later delivery slot';

INSERT INTO ord_hdr (ord_id, cust_id, rst_id, placed_ts, ord_stat, pay_typ, subtotal, dlv_fee, tip_amt, promo_cd, is_sched)
WITH b AS (
    SELECT g,
           timestamptz '2024-01-01 00:00:00+00'
             + floor(700 * ((g - 1) / 4000.0) * (1.4 - 0.4 * ((g - 1) / 4000.0)))::int * interval '1 day'
             + (ARRAY[11,12,12,13,17,18,18,19,19,20,21,22])[1 + (g * 7) % 12] * interval '1 hour'
             + ((g * 23) % 60) * interval '1 minute' + ((g * 7) % 60) * interval '1 second' AS ts,
           1 + floor(28 * power((g * 0.6180339887) % 1, 1.5))::int AS r0
    FROM generate_series(1, 4000) AS g
), r AS (
    SELECT g, ts,
           CASE WHEN r0 IN (11, 22) AND ts >= timestamptz '2025-07-01 00:00:00+00' THEN r0 + 1 ELSE r0 END AS r
    FROM b
), c AS (
    SELECT g, ts, r,
           3 * floor(500 * power((g * 0.7548776662) % 1, 1.3))::int + 1 + (r - 1) % 3 AS c0
    FROM r
), c2 AS (
    SELECT g, ts, r, CASE WHEN c0 % 13 = 0 THEN c0 + 3 ELSE c0 END AS c
    FROM c
)
SELECT g, c, r, ts,
       CASE WHEN ts >= timestamptz '2025-11-30 18:00:00+00' THEN 'P'
            WHEN g % 23 = 0 OR (r % 8 = 5 AND g % 19 = 0) THEN 'C'
            WHEN g % 29 = 0 OR (r IN (3, 14, 19) AND g % 13 = 2) THEN 'X'
            WHEN g % 37 = 0 OR g % 53 = 7 THEN 'R'
            WHEN g % 41 = 5 OR (g % 47 = 9 AND ts >= timestamptz '2025-01-01 00:00:00+00') THEN 'N'
            ELSE 'D' END,
       (ARRAY['CC','CC','AP','CC','PP','AP','CA','CC','AP','CA'])[1 + (g * 3) % 10],
       0,
       CASE WHEN c % 5 = 0 OR g % 17 = 3 THEN 0 ELSE 1.99 + (g % 4) END,
       CASE WHEN (ARRAY['CC','CC','AP','CC','PP','AP','CA','CC','AP','CA'])[1 + (g * 3) % 10] = 'CA' THEN NULL
            WHEN g % 4 = 0 THEN 0
            ELSE 1 + ((g * 7) % 9) * 0.5 END,
       CASE WHEN g % 17 = 3 THEN 'FREEDEL'
            WHEN g % 11 = 0 THEN 'WELCOME10'
            WHEN g % 13 = 6 AND extract(month FROM ts AT TIME ZONE 'UTC') IN (6, 7, 8) THEN 'SUMMER25'
            ELSE NULL END,
       g % 9 = 4
FROM c2;

-- ---------------------------------------------------------------- ord_ln (order lines)
CREATE TABLE ord_ln (
    ord_id    integer NOT NULL REFERENCES ord_hdr (ord_id),
    ln_no     smallint NOT NULL,
    itm_id    integer NOT NULL REFERENCES menu_itm (itm_id),
    qty       smallint NOT NULL,
    unit_prc  numeric(7,2) NOT NULL,
    PRIMARY KEY (ord_id, ln_no)
);
COMMENT ON COLUMN ord_ln.unit_prc IS 'price charged per unit when the order was placed, USD';

INSERT INTO ord_ln (ord_id, ln_no, itm_id, qty, unit_prc)
SELECT o.ord_id, k,
       m.itm_id,
       CASE WHEN (o.ord_id + k) % 5 = 0 THEN 2 WHEN (o.ord_id * k) % 17 = 0 THEN 3 ELSE 1 END,
       CASE WHEN o.placed_ts < timestamptz '2025-03-01 00:00:00+00' THEN m.price - 0.50 ELSE m.price END
FROM ord_hdr o
CROSS JOIN LATERAL generate_series(1, 1 + (o.ord_id * 5) % 3) AS k
JOIN menu_itm m ON m.itm_id = (o.rst_id - 1) * 12 + 1 + (o.ord_id * 5 + k * 7) % 12;

UPDATE ord_hdr o SET subtotal = s.t
FROM (SELECT ord_id, sum(qty * unit_prc) AS t FROM ord_ln GROUP BY ord_id) s
WHERE s.ord_id = o.ord_id;

-- ---------------------------------------------------------------- trip (courier trips)
CREATE TABLE trip (
    trip_id   integer PRIMARY KEY,
    ord_id    integer NOT NULL REFERENCES ord_hdr (ord_id),
    crr_id    integer NOT NULL,
    asgn_ts   timestamptz NOT NULL,
    pkup_ts   timestamptz,
    dlv_ts    timestamptz,
    dist_km   numeric(4,1) NOT NULL,
    crr_pay   numeric(6,2) NOT NULL
);
COMMENT ON TABLE trip IS 'One trip per order handed to a rider (cancelled and rejected orders have none)';
COMMENT ON COLUMN trip.crr_id IS 'rider who took the trip (courier.crr_id)';
COMMENT ON COLUMN trip.asgn_ts IS 'when the rider accepted the trip';
COMMENT ON COLUMN trip.pkup_ts IS 'picked up at the restaurant; NULL = not picked up yet';
COMMENT ON COLUMN trip.dlv_ts IS 'handed to the diner; NULL = not delivered (no-show or still on the way)';
COMMENT ON COLUMN trip.dist_km IS 'restaurant-to-door distance, km';
COMMENT ON COLUMN trip.crr_pay IS 'payout to the rider for the trip, USD, tips not included';

INSERT INTO trip (trip_id, ord_id, crr_id, asgn_ts, pkup_ts, dlv_ts, dist_km, crr_pay)
WITH t AS (
    SELECT o.ord_id AS g, o.ord_stat, o.placed_ts,
           3 * (CASE WHEN o.placed_ts >= timestamptz '2025-06-01 00:00:00+00'
                     THEN (o.ord_id * 7 + o.ord_id / 40) % 36
                     ELSE (o.ord_id * 7 + o.ord_id / 40) % 40 END) + 1 + (o.rst_id - 1) % 3 AS crr,
           0.6 + ((o.ord_id * 13) % 75) / 10.0 AS km,
           10 + (o.ord_id * 7) % 26 AS prep_min
    FROM ord_hdr o
    WHERE o.ord_stat IN ('D', 'R', 'N', 'P')
), t2 AS (
    SELECT t.*, cr.veh_cd,
           t.placed_ts + (2 + t.g % 6) * interval '1 minute' AS asgn,
           CASE WHEN t.ord_stat = 'P' AND t.g % 2 = 0 THEN NULL
                ELSE t.placed_ts + t.prep_min * interval '1 minute' END AS pkup
    FROM t JOIN courier cr ON cr.crr_id = t.crr
)
SELECT row_number() OVER (ORDER BY g), g, crr, asgn, pkup,
       CASE WHEN ord_stat IN ('N', 'P') THEN NULL
            ELSE pkup + (round(km * CASE veh_cd WHEN 'B' THEN 4.2 WHEN 'E' THEN 3.1 WHEN 'M' THEN 2.4 ELSE 2.8 END)
                         + 2 + g % 9) * interval '1 minute' END,
       km,
       round(2.50 + 0.9 * km, 2)
FROM t2;

UPDATE courier c SET term_dt = s.last_dt + 5
FROM (SELECT crr_id, max(asgn_ts)::date AS last_dt FROM trip GROUP BY crr_id) s
WHERE s.crr_id = c.crr_id AND c.crr_id BETWEEN 109 AND 120;

-- ---------------------------------------------------------------- fdbk (ratings and complaints)
CREATE TABLE fdbk (
    fdbk_id     integer PRIMARY KEY,
    ord_id      integer NOT NULL REFERENCES ord_hdr (ord_id),
    food_stars  smallint,
    crr_stars   smallint,
    cmpl_cd     char(1),
    credit_amt  numeric(6,2),
    created_ts  timestamptz NOT NULL
);
COMMENT ON TABLE fdbk IS 'Ratings and complaints diners left after an order (at most one per order)';
COMMENT ON COLUMN fdbk.food_stars IS 'food rating 1-5; NULL = diner did not rate the food';
COMMENT ON COLUMN fdbk.crr_stars IS 'rider rating 1-5; NULL = diner did not rate the rider';
COMMENT ON COLUMN fdbk.cmpl_cd IS 'complaint: L = arrived late, M = missing item, W = wrong item, F = cold or spilled food, Q = poor food quality, B = rider behaviour; NULL = no complaint';
COMMENT ON COLUMN fdbk.credit_amt IS 'goodwill credit given to the diner for the order (comp), USD; NULL = none';

INSERT INTO fdbk (fdbk_id, ord_id, food_stars, crr_stars, cmpl_cd, credit_amt, created_ts)
WITH f AS (
    SELECT o.ord_id AS g, o.ord_stat, o.rst_id, o.subtotal, t.crr_id, o.placed_ts, t.dlv_ts,
           CASE WHEN o.ord_stat = 'R' THEN (ARRAY['M','W','Q','F'])[1 + o.ord_id % 4]
                WHEN o.ord_stat = 'N' THEN 'B'
                WHEN t.dlv_ts - o.placed_ts > interval '55 minutes' AND o.ord_id % 2 = 0 THEN 'L'
                WHEN o.ord_id % 17 = 0 THEN 'M'
                WHEN o.ord_id % 19 = 0 THEN 'W'
                WHEN o.ord_id % 23 = 1 THEN 'F'
                WHEN o.ord_id % 29 = 1 AND o.rst_id % 4 = 2 THEN 'Q'
                ELSE NULL END AS cmpl
    FROM ord_hdr o
    JOIN trip t ON t.ord_id = o.ord_id
    WHERE o.ord_stat = 'R'
       OR (o.ord_stat = 'N' AND o.ord_id % 3 = 0)
       OR (o.ord_stat = 'D' AND o.ord_id % 5 IN (0, 2))
), f2 AS (
    SELECT f.*,
           coalesce(dlv_ts, placed_ts + interval '1 hour') + ((g * 7) % 40) * interval '1 hour' AS cts
    FROM f
)
SELECT row_number() OVER (ORDER BY g), g,
       CASE WHEN g % 7 = 3 OR ord_stat = 'N' THEN NULL
            ELSE greatest(1, least(5, 2 + (rst_id * 7) % 3 + (g % 4 <> 0)::int + (g % 3 = 0)::int
                                      - CASE WHEN cmpl IN ('M','W','Q','F') THEN 2 ELSE 0 END)) END,
       CASE WHEN g % 4 = 1 THEN NULL
            ELSE greatest(1, least(5, 3 + crr_id % 3 - (g % 6 = 0)::int
                                      - CASE WHEN cmpl IN ('L','B') THEN 2 ELSE 0 END)) END,
       cmpl,
       CASE cmpl WHEN 'M' THEN 5 + (g % 3) * 2.5
                 WHEN 'W' THEN round(subtotal * 0.5, 2)
                 WHEN 'F' THEN 5
                 WHEN 'L' THEN CASE WHEN g % 3 = 0 THEN 3 END
                 WHEN 'Q' THEN CASE WHEN g % 2 = 0 THEN 10 END
                 ELSE NULL END,
       cts
FROM f2
WHERE cts <= timestamptz '2025-11-30 23:59:59+00';

-- Made-up schema: «Петелька», a small yarn and knitting shop in Kazan, Russia (prices in roubles, ₽).
-- The owner (Альфия) hand-dyes yarn in small batches (dye lots) on bought-in undyed bases, sells skeins
-- and knitting kits online (website, plus orders taken in Instagram / VK direct messages) and on a stall at
-- craft fairs, runs knitting workshops (classes with a fixed number of places) in the shop studio and at
-- fairs, ships parcels with two couriers (CDEK / СДЭК and Russian Post / Почта России; Kazan customers may
-- also collect from the shop), takes returns, and runs a loyalty card.
-- Tables: cust, loy_card, yarn_base, dye_lot, kit, fair, ord, ord_ln, shpmt, rtrn, wkshp, ws_bkg.
--
-- Habits of the business (how the owner and staff talk about the data):
--   * Data cut-off is 2026-11-30: "now", "today" = 2026-11-30, "this year" = 2026, "last year" = 2025.
--   * Times (ord.ord_ts, wkshp.ws_ts) are Kazan local time, stored without a time zone.
--   * Every sale is an ord row: website and Instagram/VK orders ("online" orders = chan W and I) and sales
--     on the fair stall (chan F). Stall buyers are usually anonymous (cust_id NULL) unless they show a card.
--   * Cancelled orders (st = 'X') are left out of every count and sum of orders or sales unless asked for.
--   * Takings / sales / выручка = sum of qty * px_rub over order lines (ord_ln); the delivery charge is not
--     part of takings, loyalty points spent are not taken off, returns are not taken off unless asked.
--   * Average order / "средний чек" = goods value of an order (sum of its lines), delivery not included.
--   * Staff words: "lot" / "партия" = a dye lot; "colourway" / "расцветка" = dye_lot.clrwy (the same
--     colourway is dyed again and again, on different bases); "seconds" / "некондиция" = lots flagged b_grd;
--     "base" / "база" = the undyed yarn (yarn_base); "weight" / "толщина" = yarn_base.wt; "skein" / "моток".
--   * A workshop place counts as taken as soon as it is booked, paid or not.
-- Data are deterministic (generate_series and modulo arithmetic, no random()). Re-runnable: tables are
-- dropped children first.

DROP TABLE IF EXISTS rtrn;
DROP TABLE IF EXISTS shpmt;
DROP TABLE IF EXISTS ord_ln;
DROP TABLE IF EXISTS ord;
DROP TABLE IF EXISTS ws_bkg;
DROP TABLE IF EXISTS wkshp;
DROP TABLE IF EXISTS fair;
DROP TABLE IF EXISTS kit;
DROP TABLE IF EXISTS dye_lot;
DROP TABLE IF EXISTS yarn_base;
DROP TABLE IF EXISTS loy_card;
DROP TABLE IF EXISTS cust;
DROP TABLE IF EXISTS _o;

-- ---------------------------------------------------------------- cust (customers)
CREATE TABLE cust (
    cust_id  integer PRIMARY KEY,
    fio      text NOT NULL,
    tel      varchar(12) NOT NULL,
    email    text,
    city     text NOT NULL,
    src      char(1),
    news_ok  boolean NOT NULL DEFAULT false,
    crt_dt   date NOT NULL
);
COMMENT ON TABLE cust IS 'Customers (online buyers, workshop guests, fair buyers who gave their details)';
COMMENT ON COLUMN cust.fio IS 'ФИО: surname then first name';
COMMENT ON COLUMN cust.email IS 'NULL = no email given';
COMMENT ON COLUMN cust.src IS 'how they found us: I = Instagram, V = VKontakte, F = met us at a fair, R = recommended by a friend; NULL = unknown';
COMMENT ON COLUMN cust.news_ok IS 'true = subscribed to the newsletter';

INSERT INTO cust (cust_id, fio, tel, email, city, src, news_ok, crt_dt)
SELECT c,
       (ARRAY['Сафина','Хабибуллина','Иванова','Галиева','Петрова','Мухаметзянова','Смирнова','Закирова',
              'Кузнецова','Гарипова','Васильева','Шарипова','Николаева','Валиева','Морозова','Ахметова',
              'Соколова','Нуриева','Фёдорова','Зиннатуллина','Попова','Исмагилова','Лебедева'])[1 + (c * 7) % 23]
       || ' ' ||
       (ARRAY['Гульнара','Алсу','Лейсан','Айгуль','Дина','Екатерина','Мария','Ольга','Наталья','Резеда',
              'Татьяна','Ильмира','Светлана','Анна','Елена','Зульфия','Ирина','Юлия','Лилия','Камила',
              'Эльвира','Наиля','Ксения','Альбина'])[1 + c % 24],
       '+79' || lpad(((c::bigint * 7654321) % 1000000000)::text, 9, '0'),
       CASE WHEN c % 5 = 3 OR c % 13 = 0 THEN NULL
            ELSE (ARRAY['gulnara','alsu','leysan','aigul','dina','katya','maria','olga','natasha','rezeda',
                        'tanya','ilmira','sveta','anna','lena','zulfiya','irina','yulia','liliya','kamila',
                        'elvira','nailya','ksenia','albina'])[1 + c % 24]
                 || ((c * 37) % 1000)::text || '@'
                 || (ARRAY['mail.ru','yandex.ru','gmail.com','bk.ru','list.ru','inbox.ru'])[1 + (c / 3) % 6] END,
       (ARRAY['Казань','Казань','Казань','Казань','Казань','Казань','Казань','Казань','Казань','Казань','Казань',
              'Москва','Москва','Набережные Челны','Набережные Челны','Альметьевск','Санкт-Петербург',
              'Екатеринбург','Уфа','Нижний Новгород'])[1 + (c * 3) % 20],
       CASE WHEN (c * 7) % 10 < 4 THEN 'I' WHEN (c * 7) % 10 < 6 THEN 'V' WHEN (c * 7) % 10 < 8 THEN 'F'
            WHEN (c * 7) % 10 = 8 THEN 'R' END,
       c % 3 <> 1,
       date '2024-01-03' + ((c - 1) * 1060) / 1200
FROM generate_series(1, 1200) AS c;

-- ---------------------------------------------------------------- yarn_base (undyed yarn bases)
CREATE TABLE yarn_base (
    base_id   smallint PRIMARY KEY,
    base_nm   text NOT NULL,
    fibre     text NOT NULL,
    wt        char(1) NOT NULL,
    skein_g   smallint NOT NULL,
    len_m     smallint NOT NULL,
    cost_rub  numeric(8,2) NOT NULL,
    list_px   numeric(8,2) NOT NULL,
    actv      boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE yarn_base IS 'Undyed yarn bases we buy in and dye';
COMMENT ON COLUMN yarn_base.wt IS 'yarn weight: L = lace, F = fingering (sock), S = sport, D = DK, W = worsted / aran, B = bulky';
COMMENT ON COLUMN yarn_base.skein_g IS 'skein weight, grams';
COMMENT ON COLUMN yarn_base.len_m IS 'metres per skein';
COMMENT ON COLUMN yarn_base.cost_rub IS 'what one undyed skein costs us, ₽';
COMMENT ON COLUMN yarn_base.list_px IS 'standard shelf price of a dyed skein, ₽ (each lot carries its own price)';
COMMENT ON COLUMN yarn_base.actv IS 'false = we no longer buy this base';

INSERT INTO yarn_base (base_id, base_nm, fibre, wt, skein_g, len_m, cost_rub, list_px, actv) VALUES
    (1,  'Merino Sock',      'меринос 75%, полиамид 25%',             'F', 100, 420, 520.00, 1290.00, true),
    (2,  'Merino Single',    'меринос 100%',                          'F', 100, 400, 480.00, 1190.00, true),
    (3,  'Merino DK',        'меринос 100%',                          'D', 100, 230, 500.00, 1250.00, true),
    (4,  'Kid Mohair Silk',  'кид мохер 72%, шёлк 28%',               'L',  50, 420, 690.00, 1590.00, true),
    (5,  'Alpaca Lace',      'альпака 100%',                          'L',  50, 400, 560.00, 1390.00, true),
    (6,  'Merino Aran',      'меринос 100%',                          'W', 100, 170, 520.00, 1290.00, true),
    (7,  'Chunky Merino',    'меринос 100%',                          'B', 200, 160, 980.00, 2190.00, true),
    (8,  'Sparkle Sock',     'меринос 75%, полиамид 20%, люрекс 5%',  'F', 100, 400, 590.00, 1390.00, true),
    (9,  'Yak Silk',         'як 50%, шёлк 50%',                      'S',  50, 200, 820.00, 1890.00, true),
    (10, 'Cotton Bamboo',    'хлопок 60%, бамбук 40%',                'S', 100, 300, 390.00,  990.00, true),
    (11, 'Татарская шерсть', 'шерсть местных овец 100%',              'W', 100, 180, 310.00,  850.00, true),
    (12, 'BFL DK',           'шерсть BFL 100%',                       'D', 100, 225, 540.00, 1290.00, false);

-- ---------------------------------------------------------------- dye_lot (hand-dyed batches)
CREATE TABLE dye_lot (
    lot_id   integer PRIMARY KEY,
    lot_cd   varchar(8) NOT NULL UNIQUE,
    base_id  smallint NOT NULL REFERENCES yarn_base (base_id),
    clrwy    text NOT NULL,
    dye_dt   date NOT NULL,
    dyer     char(1) NOT NULL,
    n_sk     smallint NOT NULL,
    sk_left  smallint NOT NULL,
    px_rub   numeric(8,2) NOT NULL,
    b_grd    boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE dye_lot IS 'Dye lots (партии): one dyeing of one colourway on one base';
COMMENT ON COLUMN dye_lot.lot_cd IS 'lot code written on the skein labels, YY-NNN';
COMMENT ON COLUMN dye_lot.clrwy IS 'colourway name';
COMMENT ON COLUMN dye_lot.dyer IS 'who dyed it: A = Альфия (owner), L = Лиля, R = Рената (dyed for us until mid-2025)';
COMMENT ON COLUMN dye_lot.n_sk IS 'skeins dyed in the lot';
COMMENT ON COLUMN dye_lot.sk_left IS 'skeins still on the shelf';
COMMENT ON COLUMN dye_lot.px_rub IS 'price of one skein from this lot, ₽';
COMMENT ON COLUMN dye_lot.b_grd IS 'true = seconds (некондиция: uneven dye, sold cheaper)';

INSERT INTO dye_lot (lot_id, lot_cd, base_id, clrwy, dye_dt, dyer, n_sk, sk_left, px_rub, b_grd)
WITH l AS (
    SELECT l,
           date '2024-01-03' + ((l - 1) * 1060) / 900 AS dye_dt,
           CASE WHEN l % 13 = 0 AND l < 300 THEN 12
                ELSE (ARRAY[1,1,1,1,2,2,3,3,3,4,4,4,5,6,6,7,8,9,10,11])[1 + (l * 7) % 20] END AS base_id,
           1 + (l * 5 + l / 24) % 24 AS ci,
           l % 11 = 4 AS b_grd
    FROM generate_series(1, 900) AS l
), p AS (
    SELECT l.*, b.list_px + CASE WHEN ci IN (3, 18, 23) THEN 100 ELSE 0 END AS px0
    FROM l JOIN yarn_base b USING (base_id)
), q AS (
    SELECT p.*, CASE WHEN dye_dt >= date '2026-01-01' THEN round(px0 * 1.1 / 10) * 10 ELSE px0 END AS px1
    FROM p
)
SELECT l,
       to_char(dye_dt, 'YY') || '-' || lpad((row_number() OVER (PARTITION BY extract(year FROM dye_dt) ORDER BY l))::text, 3, '0'),
       base_id,
       (ARRAY['Казанская осень','Волжский туман','Чак-чак','Сирень','Полынь','Зилант','Морошка','Ночная Казанка',
              'Брусника','Липовый мёд','Графит','Иван-чай','Бирюза','Тюльпан','Кедр','Облепиха','Первый снег',
              'Ржавчина','Голубика','Мох','Баклажан','Пыльная роза','Сабантуй','Калфак'])[ci],
       dye_dt,
       CASE WHEN l % 3 = 0 AND dye_dt >= date '2024-09-01' THEN 'L'
            WHEN l % 10 = 7 AND dye_dt < date '2025-06-01' THEN 'R'
            ELSE 'A' END,
       0, 0,                                                   -- set below, once sales are known
       CASE WHEN b_grd THEN round(px1 * 0.7 / 10) * 10 ELSE px1 END,
       b_grd
FROM q;

-- ---------------------------------------------------------------- kit (knitting kits)
CREATE TABLE kit (
    kit_id   smallint PRIMARY KEY,
    kit_nm   text NOT NULL,
    lvl      smallint NOT NULL,
    base_id  smallint NOT NULL REFERENCES yarn_base (base_id),
    sk_qty   smallint NOT NULL,
    px_rub   numeric(8,2) NOT NULL,
    w_ndl    boolean NOT NULL DEFAULT false,
    actv     boolean NOT NULL DEFAULT true
);
COMMENT ON TABLE kit IS 'Knitting kits (yarn + pattern, some with needles)';
COMMENT ON COLUMN kit.lvl IS '1 = beginner, 2 = confident knitter, 3 = experienced';
COMMENT ON COLUMN kit.sk_qty IS 'skeins in the kit';
COMMENT ON COLUMN kit.w_ndl IS 'true = needles included';
COMMENT ON COLUMN kit.actv IS 'false = no longer sold';

INSERT INTO kit (kit_id, kit_nm, lvl, base_id, sk_qty, px_rub, w_ndl, actv) VALUES
    (1,  'Носки «Первые»',                1, 1,  1,  2490.00, true,  true),
    (2,  'Шапка-бини «Казань»',           1, 6,  1,  2190.00, true,  true),
    (3,  'Снуд «Волга»',                  1, 7,  2,  3890.00, true,  true),
    (4,  'Шаль «Итиль»',                  2, 4,  2,  3990.00, false, true),
    (5,  'Свитер «Сөембикә»',             3, 3,  5,  8900.00, false, true),
    (6,  'Варежки с жаккардом',           2, 1,  2,  2990.00, false, true),
    (7,  'Носки с косами',                2, 8,  1,  2690.00, false, true),
    (8,  'Детский кардиган',              2, 3,  3,  5490.00, false, true),
    (9,  'Плед «Лоскутный»',              3, 6,  8, 12900.00, false, true),
    (10, 'Летний топ',                    2, 10, 3,  4290.00, false, true),
    (11, 'Митенки',                       1, 2,  1,  1790.00, true,  true),
    (12, 'Тюбетейка',                     3, 2,  1,  2390.00, false, true),
    (13, 'Шапка BFL',                     1, 12, 1,  1990.00, true,  false),
    (14, 'Набор «Покрась сама»',          1, 2,  2,  3490.00, false, true);

-- ---------------------------------------------------------------- fair (craft fairs we trade at)
CREATE TABLE fair (
    fair_id    smallint PRIMARY KEY,
    fair_nm    text NOT NULL,
    city       text NOT NULL,
    d1         date NOT NULL,
    d2         date NOT NULL,
    stall_fee  numeric(8,2) NOT NULL
);
COMMENT ON TABLE fair IS 'Craft fairs where we have a stall (including booked ones still to come)';
COMMENT ON COLUMN fair.d1 IS 'first day of the fair';
COMMENT ON COLUMN fair.d2 IS 'last day of the fair';
COMMENT ON COLUMN fair.stall_fee IS 'what we paid the organisers for the stall, ₽';

INSERT INTO fair (fair_id, fair_nm, city, d1, d2, stall_fee) VALUES
    (1,  'Весенний Казан',               'Казань',            date '2024-03-02', date '2024-03-03',  6000.00),
    (2,  'Сабантуй ремёсел',             'Казань',            date '2024-06-22', date '2024-06-23',  4500.00),
    (3,  'Вязаный фест',                 'Москва',            date '2024-09-14', date '2024-09-15', 15000.00),
    (4,  'Казанская осень',              'Казань',            date '2024-10-12', date '2024-10-13',  7000.00),
    (5,  'Новогодняя ярмарка на Баумана','Казань',            date '2024-12-14', date '2024-12-22', 18000.00),
    (6,  'Весенний Казан',               'Казань',            date '2025-03-01', date '2025-03-02',  6500.00),
    (7,  'Шерстяной уикенд',             'Екатеринбург',      date '2025-04-19', date '2025-04-20',  9000.00),
    (8,  'Сабантуй ремёсел',             'Казань',            date '2025-06-21', date '2025-06-22',  5000.00),
    (9,  'Вязаный фест',                 'Москва',            date '2025-09-13', date '2025-09-14', 16000.00),
    (10, 'Казанская осень',              'Казань',            date '2025-10-11', date '2025-10-12',  7500.00),
    (11, 'Новогодняя ярмарка на Баумана','Казань',            date '2025-12-13', date '2025-12-21', 19000.00),
    (12, 'Весенний Казан',               'Казань',            date '2026-02-28', date '2026-03-01',  7000.00),
    (13, 'Ярмарка в Челнах',             'Набережные Челны',  date '2026-04-25', date '2026-04-26',  4000.00),
    (14, 'Сабантуй ремёсел',             'Казань',            date '2026-06-20', date '2026-06-21',  5500.00),
    (15, 'Нитки-Иголки',                 'Нижний Новгород',   date '2026-08-29', date '2026-08-30',  8000.00),
    (16, 'Вязаный фест',                 'Москва',            date '2026-09-12', date '2026-09-13', 17000.00),
    (17, 'Казанская осень',              'Казань',            date '2026-10-10', date '2026-10-11',  8000.00),
    (18, 'Новогодняя ярмарка на Баумана','Казань',            date '2026-12-12', date '2026-12-20', 20000.00);

-- ---------------------------------------------------------------- orders: worked out first in a scratch table
CREATE TEMP TABLE _o AS
WITH d AS (
    SELECT dd::date AS d FROM generate_series(timestamp '2024-01-10', timestamp '2026-11-30', interval '1 day') AS dd
), n AS (
    SELECT d, d - date '2024-01-10' AS dn,
           1 + CASE WHEN extract(month FROM d) = 3 AND extract(day FROM d) <= 7 THEN 4      -- 8 March rush
                    WHEN extract(month FROM d) IN (10, 11, 12, 1, 2) THEN 2
                    WHEN extract(month FROM d) IN (6, 7, 8) THEN 0
                    ELSE 1 END
             + CASE WHEN d >= date '2025-01-01' THEN 1 ELSE 0 END
             - CASE WHEN (d - date '2024-01-10') % 3 = 0 THEN 1 ELSE 0 END AS n
    FROM d
), w AS (
    SELECT (row_number() OVER (ORDER BY d, k))::integer AS g, d, dn, k
    FROM n CROSS JOIN LATERAL generate_series(1, n) AS k
), w2 AS (
    SELECT w.*, d + ((dn * 137 + k * 389) % 1440) * interval '1 minute' AS ts,
           (SELECT max(cust_id) FROM cust WHERE crt_dt <= w.d) AS m
    FROM w
), w3 AS (
    SELECT w2.*,
           CASE WHEN g % 2 = 0 THEN m - (g * 31) % least(m, 60) ELSE 1 + (g * 7919) % m END AS c0
    FROM w2
), w4a AS (
    SELECT g, d, ts, CASE WHEN c0 % 10 = 7 THEN c0 - 1 ELSE c0 END AS cust_id
    FROM w3
), w4 AS (                       -- a cancelled order comes from the customer of the order before it
    SELECT g, d, ts, CASE WHEN g % 23 = 7 THEN lag(cust_id) OVER (ORDER BY g) ELSE cust_id END AS cust_id
    FROM w4a
), w5 AS (
    SELECT w4.*, c.city,
           CASE WHEN g % 4 = 1 THEN 'I' ELSE 'W' END AS chan,
           (c.city = 'Казань' AND g % 3 = 0) AS pickup,
           CASE WHEN g % 5 IN (1, 3) THEN 'P' ELSE 'C' END AS crr,
           g % 23 = 7 AS canc,
           g % 211 = 50 AS lost,
           d + 1 + g % 2 AS sent_dt
    FROM w4 JOIN cust c USING (cust_id)
), w6 AS (
    SELECT w5.*,
           (crr = 'P' OR g % 3 <> 0) AS pvz,
           sent_dt + CASE WHEN crr = 'C' THEN CASE WHEN city = 'Казань' THEN 1 + g % 2 ELSE 2 + g % 5 END
                          ELSE CASE WHEN city = 'Казань' THEN 2 + g % 3 ELSE 5 + g % 8 END END AS dlv0
    FROM w5
), w7 AS (
    SELECT w6.*,
           CASE WHEN canc THEN 'X'
                WHEN pickup THEN CASE WHEN d + 1 <= date '2026-11-30' THEN 'D' WHEN g % 2 = 0 THEN 'N' ELSE 'P' END
                WHEN sent_dt > date '2026-11-30' THEN CASE WHEN g % 3 = 0 THEN 'N' ELSE 'P' END
                WHEN lost OR dlv0 > date '2026-11-30' THEN 'S'
                ELSE 'D' END AS st
    FROM w6
), online AS (
    SELECT g, ts, chan, NULL::smallint AS fair_id, cust_id, pickup, crr, pvz, sent_dt,
           CASE WHEN st = 'D' AND NOT pickup THEN dlv0 END AS dlv_dt, st,
           CASE WHEN st = 'N' OR (st = 'X' AND g % 2 = 0) THEN NULL WHEN g % 3 = 0 THEN 'S' ELSE 'C' END AS pay_mth,
           CASE WHEN pickup THEN NULL
                WHEN g % 8 = 3 AND NOT canc THEN 0
                ELSE CASE WHEN crr = 'C' AND pvz THEN 290 WHEN crr = 'C' THEN 490 ELSE 350 END
                     + CASE WHEN d >= date '2026-01-01' THEN 40 ELSE 0 END END AS dlv_chg,
           CASE WHEN g % 9 = 4 AND cust_id % 5 IN (0, 2) THEN 100 * (1 + g % 4) ELSE 0 END AS pts_used
    FROM w7
), f AS (
    SELECT f.fair_id, dd::date AS d, dd::date - f.d1 AS di
    FROM fair f CROSS JOIN LATERAL generate_series(f.d1::timestamp, f.d2::timestamp, interval '1 day') AS dd
    WHERE f.d2 <= date '2026-11-30'
), fs AS (
    SELECT (100000 + row_number() OVER (ORDER BY d, fair_id, k))::integer AS g, fair_id, d, di, k,
           (SELECT max(cust_id) FROM cust WHERE crt_dt <= f.d) AS m
    FROM f CROSS JOIN LATERAL generate_series(1, 20 + (fair_id * 7 + di * 3) % 15) AS k
), stall AS (
    SELECT g, d + time '10:00' + ((k * 23 + di * 7 + fair_id) % 540) * interval '1 minute' AS ts, 'F' AS chan, fair_id,
           CASE WHEN g % 3 = 0 THEN CASE WHEN (1 + (g * 7919) % m) % 10 = 7 THEN (g * 7919) % m ELSE 1 + (g * 7919) % m END END AS cust_id,
           false AS pickup, NULL AS crr, NULL::boolean AS pvz, NULL::date AS sent_dt, NULL::date AS dlv_dt, 'D' AS st,
           (ARRAY['N','N','C','C','S'])[1 + g % 5] AS pay_mth, NULL::integer AS dlv_chg, 0 AS pts_used
    FROM fs
), a AS (
    SELECT * FROM online UNION ALL SELECT * FROM stall
)
SELECT row_number() OVER (ORDER BY ts, g) AS ord_id, a.* FROM a;

-- ---------------------------------------------------------------- ord (orders and stall sales)
CREATE TABLE ord (
    ord_id    integer PRIMARY KEY,
    cust_id   integer REFERENCES cust (cust_id),
    ord_ts    timestamp NOT NULL,
    chan      char(1) NOT NULL,
    fair_id   smallint REFERENCES fair (fair_id),
    st        char(1) NOT NULL,
    pay_mth   char(1),
    dlv_chg   numeric(7,2),
    pts_used  integer NOT NULL DEFAULT 0
);
COMMENT ON TABLE ord IS 'Orders: website and Instagram/VK orders and sales on the fair stall. Cancelled orders (st = X) never count as sales.';
COMMENT ON COLUMN ord.cust_id IS 'NULL = anonymous buyer at a fair stall';
COMMENT ON COLUMN ord.ord_ts IS 'when the order was placed (Kazan time)';
COMMENT ON COLUMN ord.chan IS 'W = website, I = Instagram / VK direct messages, F = fair stall';
COMMENT ON COLUMN ord.fair_id IS 'the fair, for stall sales (chan F)';
COMMENT ON COLUMN ord.st IS 'N = new, awaiting payment; P = paid, being packed; S = shipped; D = delivered / collected / handed over at the stall; X = cancelled';
COMMENT ON COLUMN ord.pay_mth IS 'C = bank card, S = СБП (fast payment system), N = cash; NULL = not paid';
COMMENT ON COLUMN ord.dlv_chg IS 'delivery charged to the customer, ₽; 0 = free delivery; NULL = nothing to ship (stall sale or collected from the shop)';
COMMENT ON COLUMN ord.pts_used IS 'loyalty points spent on the order (1 point = 1 ₽ off)';

INSERT INTO ord (ord_id, cust_id, ord_ts, chan, fair_id, st, pay_mth, dlv_chg, pts_used)
SELECT ord_id, cust_id, ts, chan, fair_id, st, pay_mth, dlv_chg, pts_used FROM _o;

-- ---------------------------------------------------------------- ord_ln (order lines)
CREATE TABLE ord_ln (
    ln_id   integer PRIMARY KEY,
    ord_id  integer NOT NULL REFERENCES ord (ord_id),
    lot_id  integer REFERENCES dye_lot (lot_id),
    kit_id  smallint REFERENCES kit (kit_id),
    qty     smallint NOT NULL,
    px_rub  numeric(8,2) NOT NULL,
    CHECK ((lot_id IS NULL) <> (kit_id IS NULL))
);
COMMENT ON TABLE ord_ln IS 'Order lines: skeins from a dye lot (lot_id) or a kit (kit_id)';
COMMENT ON COLUMN ord_ln.qty IS 'skeins or kits';
COMMENT ON COLUMN ord_ln.px_rub IS 'price charged per skein / kit, ₽';

INSERT INTO ord_ln (ln_id, ord_id, lot_id, kit_id, qty, px_rub)
WITH o AS (
    SELECT o.ord_id, o.chan, o.ord_ts::date AS d,
           (SELECT max(lot_id) FROM dye_lot WHERE dye_dt < o.ord_ts::date) AS m
    FROM ord o
), l AS (
    SELECT o.*, ln, (ord_id * 7 + ln * 3) % 11 < 2 AS is_kit
    FROM o CROSS JOIN LATERAL generate_series(1, CASE WHEN chan = 'F' THEN 1 + ord_id % 2 ELSE 1 + (ord_id * 7) % 3 END) AS ln
), x AS (
    SELECT l.*,
           CASE WHEN is_kit THEN
                CASE WHEN d < date '2025-07-01'
                     THEN (ARRAY[1,1,1,2,2,2,3,4,4,5,6,7,8,9,10,11,12,13,13,14])[1 + (ord_id * 13 + ln) % 20]
                     ELSE (ARRAY[1,1,1,2,2,3,3,4,4,5,6,7,8,9,10,11,12,14,1,4])[1 + (ord_id * 13 + ln) % 20] END END AS kit_id,
           CASE WHEN NOT is_kit THEN m - (ord_id * 31 + ln * 17) % least(m, 30) END AS lot_id
    FROM l
)
SELECT row_number() OVER (ORDER BY x.ord_id, x.ln), x.ord_id, x.lot_id, x.kit_id,
       CASE WHEN is_kit THEN CASE WHEN x.ord_id % 17 = 0 THEN 2 ELSE 1 END
            WHEN x.chan = 'F' THEN 1 + (x.ord_id * x.ln) % 2
            WHEN (x.ord_id + x.ln) % 7 = 0 THEN 5 + x.ord_id % 4
            ELSE 1 + (x.ord_id * x.ln) % 3 END,
       coalesce(k.px_rub, dl.px_rub)
FROM x LEFT JOIN kit k ON k.kit_id = x.kit_id LEFT JOIN dye_lot dl ON dl.lot_id = x.lot_id;

-- skeins dyed / left per lot, now that sales are known
UPDATE dye_lot d
SET sk_left = s.lft, n_sk = s.sold + s.lft
FROM (
    SELECT q.lot_id, q.sold, greatest(q.lft0, 6 - q.sold) AS lft
    FROM (
        SELECT dl.lot_id,
               coalesce(sum(l.qty) FILTER (WHERE o.st <> 'X'), 0) AS sold,
               CASE WHEN dl.dye_dt < date '2026-06-01' THEN (dl.lot_id * 7) % 4 ELSE 4 + (dl.lot_id * 7) % 15 END AS lft0
        FROM dye_lot dl
        LEFT JOIN ord_ln l ON l.lot_id = dl.lot_id
        LEFT JOIN ord o ON o.ord_id = l.ord_id
        GROUP BY dl.lot_id, dl.dye_dt
    ) q
) s
WHERE s.lot_id = d.lot_id;

-- ---------------------------------------------------------------- shpmt (parcels)
CREATE TABLE shpmt (
    shp_id    integer PRIMARY KEY,
    ord_id    integer NOT NULL REFERENCES ord (ord_id),
    crr       char(1) NOT NULL,
    trk_no    varchar(20) NOT NULL,
    sent_dt   date NOT NULL,
    dlv_dt    date,
    pvz       boolean NOT NULL,
    wt_g      integer NOT NULL,
    cost_rub  numeric(7,2) NOT NULL
);
COMMENT ON TABLE shpmt IS 'Parcels sent to customers';
COMMENT ON COLUMN shpmt.crr IS 'courier: C = CDEK (СДЭК), P = Russian Post (Почта России)';
COMMENT ON COLUMN shpmt.trk_no IS 'tracking number';
COMMENT ON COLUMN shpmt.sent_dt IS 'date handed to the courier';
COMMENT ON COLUMN shpmt.dlv_dt IS 'date delivered / picked up by the customer; NULL = not delivered yet';
COMMENT ON COLUMN shpmt.pvz IS 'true = to a pickup point or post office (ПВЗ), false = courier to the door';
COMMENT ON COLUMN shpmt.wt_g IS 'parcel weight, grams';
COMMENT ON COLUMN shpmt.cost_rub IS 'what the courier charged us, ₽';

INSERT INTO shpmt (shp_id, ord_id, crr, trk_no, sent_dt, dlv_dt, pvz, wt_g, cost_rub)
WITH wt AS (
    SELECT l.ord_id,
           60 + sum(CASE WHEN l.lot_id IS NOT NULL THEN l.qty * (b1.skein_g + 10)
                         ELSE l.qty * (k.sk_qty * b2.skein_g + 150) END) AS wt_g
    FROM ord_ln l
    LEFT JOIN dye_lot dl ON dl.lot_id = l.lot_id LEFT JOIN yarn_base b1 ON b1.base_id = dl.base_id
    LEFT JOIN kit k ON k.kit_id = l.kit_id LEFT JOIN yarn_base b2 ON b2.base_id = k.base_id
    GROUP BY l.ord_id
)
SELECT row_number() OVER (ORDER BY x.sent_dt, x.ord_id), x.ord_id, x.crr,
       CASE WHEN x.crr = 'C' THEN (1000000000 + (x.ord_id::bigint * 104729) % 9000000000)::text
            ELSE '42011' || lpad(((x.ord_id::bigint * 48271) % 1000000000)::text, 9, '0') END,
       x.sent_dt, x.dlv_dt, x.pvz, wt.wt_g,
       round(CASE WHEN x.crr = 'C' AND x.pvz THEN 230 + wt.wt_g / 10.0
                  WHEN x.crr = 'C' THEN 430 + wt.wt_g / 10.0
                  ELSE 250 + wt.wt_g * 0.12 END
             + CASE WHEN x.sent_dt >= date '2026-01-01' THEN 20 ELSE 0 END, 2)
FROM _o x JOIN wt ON wt.ord_id = x.ord_id
WHERE x.chan <> 'F' AND NOT x.pickup AND x.st IN ('S', 'D');

-- ---------------------------------------------------------------- rtrn (returns)
CREATE TABLE rtrn (
    rtn_id    integer PRIMARY KEY,
    ln_id     integer NOT NULL REFERENCES ord_ln (ln_id),
    rtn_dt    date NOT NULL,
    qty       smallint NOT NULL,
    rsn       char(1) NOT NULL,
    rfnd_rub  numeric(8,2) NOT NULL,
    restk     boolean NOT NULL
);
COMMENT ON TABLE rtrn IS 'Returned goods, per order line';
COMMENT ON COLUMN rtrn.rtn_dt IS 'date the return reached us';
COMMENT ON COLUMN rtrn.qty IS 'skeins or kits returned';
COMMENT ON COLUMN rtrn.rsn IS 'C = colour not as in the photo, W = wrong item sent, D = damaged in transit, M = changed her mind';
COMMENT ON COLUMN rtrn.rfnd_rub IS 'refunded to the customer, ₽';
COMMENT ON COLUMN rtrn.restk IS 'true = put back on the shelf for sale';

INSERT INTO rtrn (rtn_id, ln_id, rtn_dt, qty, rsn, rfnd_rub, restk)
WITH r AS (
    SELECT l.ln_id, l.qty AS lq, l.px_rub, l.kit_id, s.shp_id IS NOT NULL AS shipped,
           coalesce(s.dlv_dt, o.ord_ts::date + 1) + 2 + l.ln_id % 12 AS rtn_dt
    FROM ord_ln l JOIN ord o ON o.ord_id = l.ord_id LEFT JOIN shpmt s ON s.ord_id = o.ord_id
    WHERE o.chan <> 'F' AND o.st = 'D' AND (l.ln_id * 7 + o.ord_id) % 37 = 5
), x AS (
    SELECT r.*,
           CASE WHEN NOT shipped THEN (ARRAY['C','M'])[1 + ln_id % 2]
                WHEN kit_id IS NOT NULL THEN (ARRAY['W','M','D'])[1 + ln_id % 3]
                ELSE (ARRAY['C','C','D','W','M'])[1 + ln_id % 5] END AS rsn,
           CASE WHEN lq >= 3 AND ln_id % 2 = 0 THEN 1 ELSE lq END AS q
    FROM r
    WHERE rtn_dt <= date '2026-11-30'
)
SELECT row_number() OVER (ORDER BY rtn_dt, ln_id), ln_id, rtn_dt, q, rsn, q * px_rub,
       rsn IN ('M', 'W') OR (rsn = 'C' AND ln_id % 2 = 0)
FROM x;

-- ---------------------------------------------------------------- loy_card (loyalty cards)
CREATE TABLE loy_card (
    card_no  varchar(8) PRIMARY KEY,
    cust_id  integer NOT NULL UNIQUE REFERENCES cust (cust_id),
    iss_dt   date NOT NULL,
    tier     char(1) NOT NULL,
    pts_bal  integer NOT NULL DEFAULT 0,
    blk      boolean NOT NULL DEFAULT false
);
COMMENT ON TABLE loy_card IS 'Loyalty cards (one per customer)';
COMMENT ON COLUMN loy_card.tier IS 'B = bronze, S = silver, G = gold';
COMMENT ON COLUMN loy_card.pts_bal IS 'points balance (1 point = 1 ₽)';
COMMENT ON COLUMN loy_card.blk IS 'true = card blocked';

INSERT INTO loy_card (card_no, cust_id, iss_dt, tier, pts_bal, blk)
WITH s AS (
    SELECT c.cust_id, c.crt_dt,
           coalesce((SELECT sum(l.qty * l.px_rub) FROM ord o JOIN ord_ln l ON l.ord_id = o.ord_id
                     WHERE o.cust_id = c.cust_id AND o.st <> 'X'), 0) AS spend,
           coalesce((SELECT sum(o.pts_used) FROM ord o WHERE o.cust_id = c.cust_id AND o.st <> 'X'), 0) AS used
    FROM cust c
    WHERE c.cust_id % 5 IN (0, 2)
)
SELECT '77' || lpad((cust_id * 7)::text, 5, '0'), cust_id, least(crt_dt + cust_id % 40, date '2026-11-30'),
       CASE WHEN spend >= 40000 THEN 'G' WHEN spend >= 12000 THEN 'S' ELSE 'B' END,
       greatest(0, (spend * 0.05)::integer - used),
       cust_id % 37 = 2
FROM s;

-- ---------------------------------------------------------------- wkshp (workshops / мастер-классы)
CREATE TABLE wkshp (
    ws_id    integer PRIMARY KEY,
    ttl      text NOT NULL,
    ws_ts    timestamp NOT NULL,
    dur_min  smallint NOT NULL,
    places   smallint NOT NULL,
    px_rub   numeric(8,2) NOT NULL,
    tutor    text NOT NULL,
    loc      char(1) NOT NULL,
    fair_id  smallint REFERENCES fair (fair_id)
);
COMMENT ON TABLE wkshp IS 'Knitting workshops (мастер-классы), past and scheduled';
COMMENT ON COLUMN wkshp.ws_ts IS 'start (Kazan time)';
COMMENT ON COLUMN wkshp.places IS 'places available';
COMMENT ON COLUMN wkshp.px_rub IS 'price per place, ₽';
COMMENT ON COLUMN wkshp.loc IS 'S = shop studio, F = at a fair (fair_id)';

INSERT INTO wkshp (ws_id, ttl, ws_ts, dur_min, places, px_rub, tutor, loc, fair_id)
WITH s AS (
    SELECT m, k, (date '2024-04-01' + m * interval '1 month')::date AS ms
    FROM generate_series(0, 32) AS m CROSS JOIN generate_series(1, 3) AS k
), s2 AS (
    SELECT s.*, ms + (k * 9 - 3) AS d
    FROM s
    WHERE k <= 2 OR extract(month FROM ms) IN (1, 2, 3, 10, 11, 12)
), t(ti, ttl, dur, places, px) AS (
    VALUES (0, 'Носки с нуля', 180, 8, 2500), (1, 'Шапка с косами', 180, 10, 2200),
           (2, 'Жаккард для начинающих', 180, 8, 2800), (3, 'Бриошь: двухцветная резинка', 180, 8, 2600),
           (4, 'Крашение пряжи', 240, 6, 4500), (5, 'Штопка и ремонт вязаных вещей', 120, 12, 1500),
           (6, 'Шаль из мохера', 180, 10, 2900), (7, 'Свитер реглан сверху', 240, 8, 3900)
), a AS (
    SELECT t.ttl, s2.d + CASE WHEN k = 2 THEN time '18:30' ELSE time '11:00' END AS ts, t.dur, t.places, t.px,
           CASE WHEN t.ti = 4 THEN 'Альфия'
                WHEN (m + k) % 3 = 2 AND s2.d < date '2025-01-01' THEN 'Лиля'
                ELSE (ARRAY['Альфия','Лиля','Дина'])[1 + (m + k) % 3] END AS tutor,
           'S' AS loc, NULL::smallint AS fair_id
    FROM s2 JOIN t ON t.ti = (s2.m * 3 + s2.k) % 8
    UNION ALL
    SELECT 'Первые петли (на ярмарке)', f.d1 + time '14:00', 90, 15, 1000,
           CASE WHEN f.fair_id % 2 = 0 THEN 'Лиля' ELSE 'Альфия' END, 'F', f.fair_id
    FROM fair f
)
SELECT row_number() OVER (ORDER BY ts), ttl, ts, dur, places, px, tutor, loc, fair_id
FROM a;

-- ---------------------------------------------------------------- ws_bkg (workshop bookings)
CREATE TABLE ws_bkg (
    bkg_id   integer PRIMARY KEY,
    ws_id    integer NOT NULL REFERENCES wkshp (ws_id),
    cust_id  integer NOT NULL REFERENCES cust (cust_id),
    bkd_dt   date NOT NULL,
    n_pl     smallint NOT NULL,
    paid     boolean NOT NULL DEFAULT false,
    came     boolean
);
COMMENT ON TABLE ws_bkg IS 'Bookings for workshops; a booking takes its places as soon as it is made, paid or not';
COMMENT ON COLUMN ws_bkg.n_pl IS 'places booked (a guest may bring a friend)';
COMMENT ON COLUMN ws_bkg.paid IS 'true = paid';
COMMENT ON COLUMN ws_bkg.came IS 'true = came, false = no-show; NULL = workshop not held yet';

INSERT INTO ws_bkg (bkg_id, ws_id, cust_id, bkd_dt, n_pl, paid, came)
WITH w AS (
    SELECT w.ws_id, w.ttl, w.places, w.ws_ts::date AS d, w.ws_ts > timestamp '2026-11-30 23:59:59' AS fut,
           (SELECT max(cust_id) FROM cust WHERE crt_dt <= w.ws_ts::date - 2) AS m
    FROM wkshp w
), f AS (
    SELECT w.*,
           CASE WHEN fut THEN CASE WHEN ws_id % 2 = 0 THEN places ELSE places / 2 END
                WHEN ws_id % 4 = 0 OR ttl = 'Крашение пряжи' THEN places
                ELSE places * (5 + ws_id % 4) / 10 END AS filled
    FROM w
), s AS (
    SELECT f.ws_id, f.d, f.fut, f.m, CASE WHEN s % 4 = 0 THEN s - 1 ELSE s END AS grp
    FROM f CROSS JOIN LATERAL generate_series(1, filled) AS s
), b AS (
    SELECT ws_id, d, fut, m, grp, count(*) AS n_pl
    FROM s GROUP BY ws_id, d, fut, m, grp
), c AS (
    SELECT b.*, 1 + ((ws_id * 97 + grp * 131) % m) AS cust_id FROM b
), x AS (
    SELECT c.*, least(greatest(cu.crt_dt, c.d - (2 + (grp * 5 + ws_id) % 26)), date '2026-11-30') AS bkd_dt
    FROM c JOIN cust cu ON cu.cust_id = c.cust_id
)
SELECT row_number() OVER (ORDER BY bkd_dt, ws_id, grp), ws_id, cust_id, bkd_dt, n_pl,
       CASE WHEN fut THEN grp % 3 <> 0
            ELSE NOT ((ws_id * 7 + grp) % 9 = 0 AND grp % 2 = 0) END,
       CASE WHEN fut THEN NULL ELSE (ws_id * 7 + grp) % 9 <> 0 END
FROM x;

DROP TABLE _o;

-- A dev set's database, made up on 2026-12-02 and written blind: the warehouse-management database of
-- a Russian logistics operator (names and cities in Cyrillic, codes and categorical values in Latin).
-- Some keys declared (zones.warehouse_id, stock_movements.product_id, purchase_orders.supplier_id,
-- po_lines.po_id, shipments.warehouse_id), others only implied (bins.zone_id -> zones.zone_id,
-- products.supplier_id, stock_movements.warehouse_id and bin_id, stock_balances.*, purchase_orders.
-- warehouse_id, po_lines.product_id, shipments.customer_id -> customers.customer_id).
-- stock_movements.qty is positive for inbound and outbound (movement_type gives the direction) and
-- signed for adjustments. Timestamps are timestamptz in UTC, all between 06:00 and 21:00.
-- Edge values on purpose: a warehouse opened in November 2025 (no shipments, no movements), products
-- that never moved, products without a weight (NULL), a supplier without products or orders, customers
-- without shipments, deliveries on the promised day (later in the day), before it and after it,
-- shipments never delivered (in transit, returned, lost), order lines received short or not yet
-- (NULL), zero balances, data running into January 2026.
-- Deterministic: generate_series and modular arithmetic only.

create table warehouses (
  warehouse_id  int primary key,
  wh_code       text not null unique,
  wh_name       text not null,
  city          text not null,
  opened_on     date not null,
  capacity_m3   int not null
);
insert into warehouses values
  (1, 'MSK1', 'Склад Москва-Север',  'Москва',          '2016-03-01', 42000),
  (2, 'MSK2', 'Склад Подольск',      'Подольск',        '2019-07-15', 38000),
  (3, 'SPB1', 'Склад Шушары',        'Санкт-Петербург', '2017-05-20', 30000),
  (4, 'KZN1', 'Склад Казань',        'Казань',          '2020-10-01', 18000),
  (5, 'EKB1', 'Склад Екатеринбург',  'Екатеринбург',    '2021-04-12', 22000),
  (6, 'KRD1', 'Склад Краснодар',     'Краснодар',       '2025-11-01', 15000);

create table zones (
  zone_id       int primary key,
  warehouse_id  int not null references warehouses (warehouse_id),
  zone_code     text not null,
  zone_type     text not null            -- 'ambient', 'bulk', 'cold', 'hazmat'
);
insert into zones
select (w - 1) * 4 + z, w, w_code || '-' || (array['A', 'B', 'C', 'H'])[z], (array['ambient', 'bulk', 'cold', 'hazmat'])[z]
from generate_series(1, 5) w
join (select warehouse_id, wh_code as w_code from warehouses) wc on wc.warehouse_id = w
cross join generate_series(1, 4) z;
insert into zones values (21, 6, 'KRD1-A', 'ambient'), (22, 6, 'KRD1-C', 'cold');

create table bins (
  bin_id         int primary key,
  zone_id        int not null,           -- implied key to zones
  bin_code       text not null,
  max_weight_kg  numeric(8,1) not null,
  is_blocked     boolean not null
);
insert into bins
select b, 1 + (b * 7) % 22,
       'Z' || (1 + (b * 7) % 22) || '-R' || lpad(((b - 1) / 22 + 1)::text, 2, '0'),
       250 + (b % 5) * 250,
       b % 13 = 0 or b % 29 = 0 or (b % 22 = 3 and b % 3 = 0)
from generate_series(1, 440) b;

create table suppliers (
  supplier_id     int primary key,
  supplier_name   text not null,
  country         char(2) not null,      -- ISO code
  lead_time_days  int not null,          -- contractual delivery time
  rating          numeric(2,1)           -- null when not rated yet
);
insert into suppliers values
  (1,  'ООО "Альфа-Пласт"',                 'RU',  5, 4.6),
  (2,  'Shenzhen Brightway Electronics',    'CN', 38, 4.1),
  (3,  'АО "Северная Мебельная Фабрика"',   'RU', 12, 3.9),
  (4,  'Istanbul Tekstil Dış Ticaret',      'TR', 21, 4.4),
  (5,  'ООО "ХимПромСнаб"',                 'RU',  7, 3.5),
  (6,  'Минский Пищекомбинат',              'BY',  9, 4.8),
  (7,  'Ningbo Toys Manufacturing',         'CN', 45, 3.7),
  (8,  'ТОО "Астана Логистик Трейд"',       'KZ', 14, null),
  (9,  'Hamburg Industriebedarf GmbH',      'DE', 28, 4.9),
  (10, 'ООО "ТехноМир"',                    'RU',  6, 4.0),
  (11, 'Guangzhou Home Furnishing',         'CN', 42, 3.8),
  (12, 'ИП Соколов А. В.',                  'RU',  3, null),
  (13, 'Bursa Giyim Sanayi',                'TR', 19, 4.2),
  (14, 'ОАО "Гомельский Химзавод"',         'BY', 11, 3.6),
  (15, 'Xiamen Smart Devices',              'CN', 35, 4.5),
  (16, 'ООО "Кубань-Продукт"',              'RU',  4, 4.7),
  (17, 'ТОО "Алматы Текстиль"',             'KZ', 16, 3.9),
  (18, 'Stuttgart Möbelwerk AG',            'DE', 30, 4.3),
  (19, 'ООО "Волга Игрушка"',               'RU',  8, 4.1),
  (20, 'Yiwu Apparel Export',               'CN', 40, 3.4),
  (21, 'АО "УралЭлектро"',                  'RU', 10, 4.4),
  (22, 'Izmir Gıda İhracat',                'TR', 24, 4.0),
  (23, 'ООО "Сибирские Сувениры"',          'RU', 13, null),
  (24, 'Dongguan Packaging Co.',            'CN', 33, 3.9),
  (25, 'ООО "Новый Поставщик"',             'RU',  9, null);   -- no products, no orders yet

create table products (
  product_id    int primary key,
  sku           text not null unique,
  product_name  text not null,
  category      text not null,           -- 'electronics', 'furniture', 'food', 'chemicals', 'apparel', 'toys'
  weight_kg     numeric(8,3),            -- null when not measured
  unit_cost     numeric(10,2) not null,
  supplier_id   int,                     -- implied key to suppliers
  discontinued  boolean not null
);
insert into products
select p,
       upper(substr(c.category, 1, 2)) || '-' || lpad((p * 37 % 9000 + 1000)::text, 4, '0') || '-' || lpad(p::text, 3, '0'),
       case c.category
         when 'electronics' then (array['Чайник электрический', 'Пылесос', 'Наушники беспроводные', 'Роутер Wi-Fi', 'Утюг'])[1 + p % 5]
         when 'furniture'   then (array['Стул офисный', 'Стол письменный', 'Стеллаж металлический', 'Тумба'])[1 + p % 4]
         when 'food'        then (array['Гречка 900 г', 'Чай чёрный 100 пак.', 'Кофе зерновой 1 кг', 'Масло подсолнечное 1 л'])[1 + p % 4]
         when 'chemicals'   then (array['Средство для мытья посуды', 'Стиральный порошок 3 кг', 'Антифриз 5 л'])[1 + p % 3]
         when 'apparel'     then (array['Футболка хлопковая', 'Куртка демисезонная', 'Носки (5 пар)', 'Джинсы'])[1 + p % 4]
         else (array['Конструктор', 'Мягкая игрушка', 'Настольная игра', 'Машинка радиоуправляемая'])[1 + p % 4]
       end || ' ' || (array['Basic', 'Pro', 'Lite', 'Max', 'Eco', 'Plus'])[1 + (p / 7) % 6],
       c.category,
       case when p % 19 = 0 then null
            else case c.category when 'electronics' then 0.350 + (p % 12) * 0.425
                                 when 'furniture'   then 6.500 + (p % 9) * 4.250
                                 when 'food'        then 0.250 + (p % 5) * 0.300
                                 when 'chemicals'   then 0.800 + (p % 6) * 0.900
                                 when 'apparel'     then 0.150 + (p % 7) * 0.120
                                 else 0.200 + (p % 8) * 0.350 end end,
       case c.category when 'electronics' then 1900 + (p * 53) % 9000
                       when 'furniture'   then 2500 + (p * 71) % 12000
                       when 'food'        then 90 + (p * 13) % 900
                       when 'chemicals'   then 150 + (p * 17) % 1200
                       when 'apparel'     then 400 + (p * 29) % 4000
                       else 300 + (p * 31) % 3500 end + (p % 100) * 0.01,
       1 + (p * 7) % 24,
       p % 15 = 0
from generate_series(1, 300) p
cross join lateral (select (array['electronics', 'furniture', 'food', 'chemicals', 'apparel', 'toys',
                                  'electronics', 'food', 'apparel', 'electronics', 'food'])[1 + (p * 3) % 11] as category) c;

create table customers (
  customer_id    int primary key,
  customer_name  text not null,
  city           text not null,
  segment        text not null           -- 'b2b', 'retail', 'marketplace'
);
insert into customers
select c,
       (array['ООО', 'АО', 'ИП', 'ООО', 'ООО'])[1 + c % 5] || ' "' ||
       (array['Ромашка', 'Вектор', 'Меридиан', 'Горизонт', 'Север', 'Радуга', 'Прогресс', 'Орион', 'Континент',
              'Фортуна', 'Альянс', 'Восток'])[1 + c % 12] || ' ' ||
       (array['Трейд', 'Маркет', 'Групп', 'Снаб', 'Ритейл', 'Дистрибуция', 'Сервис', 'Опт', 'Логистик', 'Плюс', 'Центр'])[1 + (c * 5) % 11] || '"',
       (array['Москва', 'Санкт-Петербург', 'Казань', 'Екатеринбург', 'Новосибирск', 'Нижний Новгород',
              'Самара', 'Ростов-на-Дону', 'Москва', 'Краснодар'])[1 + (c * 3) % 10],
       (array['b2b', 'retail', 'marketplace', 'b2b'])[1 + c % 4]
from generate_series(1, 120) c;

create table stock_movements (
  movement_id    int primary key,
  product_id     int not null references products (product_id),
  warehouse_id   int not null,           -- implied key to warehouses
  bin_id         int,                    -- implied key to bins; null when not put away yet
  movement_type  text not null,          -- 'inbound', 'outbound', 'adjustment'
  qty            int not null,           -- positive for inbound/outbound, signed for adjustment
  moved_at       timestamptz not null,
  ref_doc        text                    -- 'PO-…' / 'SH-…', null for adjustments
);
insert into stock_movements
select m, 1 + (m * 13) % 280, w,
       case when m % 47 = 0 then null else (w - 1) * 4 + 1 + (m / 3) % 4 end,   -- a zone for now, see below
       t,
       case t when 'inbound' then 10 + (m * 7) % 90
              when 'outbound' then 1 + (m * 3) % 25
              else case when m % 20 = 9 then -(1 + m % 6) else 1 + m % 4 end end,
       timestamptz '2024-06-03 06:00:00+00' + ((m * 31) % 580) * interval '1 day'
         + ((m * 7) % 15) * interval '1 hour' + ((m * 11) % 60) * interval '1 minute',
       case t when 'inbound' then 'PO-' || (1 + m % 200) when 'outbound' then 'SH-' || (1 + m % 1200) end
from (
  select m,
         1 + case m % 7 when 0 then 0 when 1 then 0 when 2 then 0 when 3 then 1 when 4 then 2 when 5 then 3 else 4 end as w,
         case when m % 10 < 4 then 'inbound' when m % 10 < 9 then 'outbound' else 'adjustment' end as t
  from generate_series(1, 2000) m
) x;
-- point bin_id at one of the 20 bins of that zone
update stock_movements s set bin_id = (
  select b.bin_id from bins b where b.zone_id = s.bin_id order by b.bin_id offset (s.movement_id / 4) % 20 limit 1)
where bin_id is not null;

create table stock_balances (
  warehouse_id  int not null,            -- implied key to warehouses
  bin_id        int not null,            -- implied key to bins
  product_id    int not null,            -- implied key to products
  qty_on_hand   int not null,
  updated_at    timestamptz not null,
  primary key (bin_id, product_id)
);
insert into stock_balances
select z.warehouse_id, b.bin_id, 1 + (r * 17) % 293,
       case when r % 9 = 0 then 0 else 1 + (r * 13) % 140 end,
       timestamptz '2025-12-01 06:00:00+00' + (r % 30) * interval '1 day' + ((r * 7) % 14) * interval '1 hour'
from generate_series(1, 600) r
join bins b on b.bin_id = 1 + (r * 7) % 420
join zones z on z.zone_id = b.zone_id;

create table purchase_orders (
  po_id         int primary key,
  supplier_id   int not null references suppliers (supplier_id),
  warehouse_id  int not null,            -- implied key to warehouses
  ordered_at    date not null,
  expected_dt   date not null,
  status        text not null,           -- 'draft', 'sent', 'partially_received', 'received', 'cancelled'
  received_dt   date                     -- null unless (partially) received
);
insert into purchase_orders
select po, sup, 1 + po % 5, ord, ord + 5 + po % 20, st,
       case when st in ('received', 'partially_received') then ord + 5 + po % 20 + (po % 7 - 2) end
from (
  select po, sup, ord,
         case when ord > date '2025-12-01' then 'draft'
              when po % 11 = 0 or (po % 14 = 0 and sup <= 12) then 'cancelled'
              when ord > date '2025-11-05' then 'sent'
              when po % 6 = 1 then 'partially_received'
              else 'received' end as st
  from (
    select po,
           case when po % 3 = 0 then 1 + (po / 3) % 5
                else (array[6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                            6, 7, 8, 9, 10, 11, 12])[1 + (po * 7) % 25] end as sup,
           date '2024-05-01' + (po * 53) % 600 as ord
    from generate_series(1, 200) po
  ) a
) b;

create table po_lines (
  po_line_id    int primary key,
  po_id         int not null references purchase_orders (po_id),
  line_no       int not null,
  product_id    int not null,            -- implied key to products
  qty_ordered   int not null,
  qty_received  int,                     -- null until something arrives
  unit_price    numeric(10,2) not null
);
insert into po_lines
select row_number() over (order by o.po_id, k), o.po_id, k, pr.product_id,
       10 * (1 + (o.po_id + k) % 12),
       case when o.status = 'received' and k = 2 and o.po_id % 4 = 0 then 10 * (1 + (o.po_id + k) % 12) - 5
            when o.status = 'received' then 10 * (1 + (o.po_id + k) % 12)
            when o.status = 'partially_received' and k = 1 then 10 * (1 + (o.po_id + k) % 12) / 2
            when o.status = 'partially_received' then 0 end,
       round(pr.unit_cost * 0.8, 2)
from purchase_orders o
cross join generate_series(1, 6) k
join products pr on pr.product_id = 1 + (o.po_id * 31 + k * 17) % 300
where k <= 1 + o.po_id % 6;

create table shipments (
  shipment_id    int primary key,
  shipment_no    text not null unique,
  customer_id    int not null,           -- implied key to customers
  warehouse_id   int not null references warehouses (warehouse_id),
  carrier        text not null,          -- 'CDEK', 'DHL', 'DPD', 'Boxberry', 'Pochta'
  shipped_at     timestamptz not null,
  promised_by    date not null,          -- delivery date promised to the customer
  delivered_at   timestamptz,            -- null unless delivered
  status         text not null,          -- 'in_transit', 'delivered', 'returned', 'lost'
  weight_kg      numeric(8,2) not null,
  shipping_cost  numeric(10,2) not null
);
insert into shipments
select s, 'SH-' || to_char(shipped_at, 'YYMM') || '-' || lpad(s::text, 5, '0'), cust, w, carrier, shipped_at,
       shipped_at::date + days,
       case when st = 'delivered'
            then (shipped_at::date + greatest(1, days + (s * 7) % 9 - 5))::timestamp at time zone 'UTC'
                 + (9 + s % 11) * interval '1 hour' + ((s * 13) % 60) * interval '1 minute' end,
       st, wt,
       round(case carrier when 'DHL' then 900 when 'CDEK' then 350 when 'DPD' then 420 when 'Boxberry' then 280 else 210 end
             + wt * case carrier when 'DHL' then 95 when 'Pochta' then 30 else 45 end, 2)
from (
  select s, cust, w, carrier, shipped_at, wt,
         case carrier when 'DHL' then 3 when 'CDEK' then 4 when 'DPD' then 5 when 'Boxberry' then 6 else 9 end as days,
         case when shipped_at > timestamptz '2025-12-12 00:00:00+00' then 'in_transit'
              when s % 37 = 0 then 'returned'
              when s % 89 = 0 then 'lost'
              when s % 41 = 0 then 'in_transit'
              else 'delivered' end as st
  from (
    select s,
           case when s % 8 = 0 then (array[3, 3, 3, 3, 3, 17, 17, 17, 17, 42, 42, 42, 64, 64, 88])[1 + (s / 8) % 15]
                else 1 + (s * 17) % 110 end as cust,
           1 + case s % 9 when 0 then 0 when 1 then 0 when 2 then 0 when 3 then 0 when 4 then 1 when 5 then 1
                          when 6 then 2 when 7 then 3 else 4 end as w,
           (array['CDEK', 'CDEK', 'DHL', 'DPD', 'Boxberry', 'Pochta', 'CDEK', 'DPD', 'Boxberry', 'CDEK', 'Pochta'])[1 + (s * 5) % 11] as carrier,
           timestamptz '2024-07-01 08:00:00+00' + ((s * 43) % 540) * interval '1 day'
             + ((s * 5) % 12) * interval '1 hour' + ((s * 23) % 60) * interval '1 minute' as shipped_at,
           round(0.4 + (s * 37 % 400) * 0.11, 2) as wt
    from generate_series(1, 1200) s
  ) a
) b;

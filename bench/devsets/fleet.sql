-- A dev set's database, made up on 2026-12-01 (seventh session, second pair) and written blind:
-- a parcel delivery fleet. Some keys declared (vehicle.depot_id, trip.veh_id, delivery.trip_id,
-- maint_log.veh_id), others only implied by names (trip.driver_id -> driver.drv_id,
-- driver.home_depot -> depot.depot_id, fuel_purchase.vehicle_id -> vehicle.veh_id).
-- Categorical text is stored in lower case; requests may capitalise it. Edge values on purpose:
-- loads of exactly 500 kg, trips of exactly 200.0 km, payloads of exactly 1000 kg, trips in the
-- last minutes of a day, NULL distances on unfinished trips, NULL cash-on-delivery amounts.
-- Deterministic: generate_series and modular arithmetic only.

create table depot (
  depot_id     int primary key,
  depot_code   text not null unique,
  depot_name   text not null,
  city         text not null,
  region       text not null,            -- 'north', 'midlands', 'south', 'scotland', 'wales'
  opened_on    date not null,
  is_active    boolean not null,
  dock_doors   smallint
);
insert into depot values
  (1, 'LDS1', 'Leeds Stourton Hub',        'Leeds',       'north',    '2014-04-01', true,  24),
  (2, 'MAN2', 'Trafford Park Depot',       'Manchester',  'north',    '2016-09-12', true,  18),
  (3, 'BHX1', 'Birmingham Hams Hall',      'Birmingham',  'midlands', '2012-02-20', true,  30),
  (4, 'BRS1', 'Avonmouth Cross-dock',      'Bristol',     'south',    '2018-06-04', true,  12),
  (5, 'GLA1', 'Glasgow Eurocentral',       'Glasgow',     'scotland', '2019-11-18', true,  16),
  (6, 'CWL1', 'Cardiff Wentloog',          'Cardiff',     'wales',    '2021-03-08', true,   8),
  (7, 'SOU1', 'Southampton Nursling',      'Southampton', 'south',    '2010-01-25', false, 10),
  (8, 'NCL1', 'Newcastle Team Valley',     'Newcastle',   'north',    '2025-09-15', true,   6);

create table vehicle (
  veh_id       int primary key,
  reg_plate    text not null unique,
  depot_id     int not null references depot (depot_id),
  veh_type     text not null,            -- 'van', 'rigid_truck', 'artic', 'cargo_bike'
  make         text not null,
  model_year   smallint not null,
  payload_kg   numeric(8,1) not null,
  fuel_type    text not null,            -- 'diesel', 'petrol', 'electric'
  in_service   boolean not null,
  acquired_on  date not null
);
insert into vehicle
select i,
       chr(65 + (i * 7) % 26) || chr(65 + (i * 11 + 3) % 26) || lpad((15 + (i * 13) % 60)::text, 2, '0') || ' '
         || chr(65 + (i * 5) % 26) || chr(65 + (i * 17 + 1) % 26) || chr(65 + (i * 3 + 9) % 26),
       1 + (i * 5) % 7,
       case when i % 10 < 6 then 'van' when i % 10 < 8 then 'rigid_truck' when i % 10 = 8 then 'artic'
            else 'cargo_bike' end,
       case when i % 10 < 6 then (array['Ford', 'Mercedes-Benz', 'Renault', 'Vauxhall'])[1 + i % 4]
            when i % 10 < 8 then (array['Iveco', 'DAF', 'Isuzu'])[1 + i % 3]
            when i % 10 = 8 then (array['Volvo', 'Scania'])[1 + i % 2]
            else 'Urban Arrow' end,
       2014 + (i * 7) % 12,
       case when i % 10 < 6 then 800 + ((i * 3) % 7) * 100
            when i % 10 < 8 then 3500 + ((i * 7) % 10) * 500
            when i % 10 = 8 then 20000 + ((i * 3) % 7) * 1000
            else 150 + (i % 3) * 50 end,
       case when i % 10 = 9 then 'electric'
            when i % 10 < 6 then (array['diesel', 'diesel', 'petrol', 'electric'])[1 + (i / 10) % 4]
            when i % 10 < 8 and i % 3 = 0 then 'electric'
            else 'diesel' end,
       i % 23 <> 0,
       make_date(2014 + (i * 7) % 12, 1 + (i * 5) % 12, 1 + (i * 3) % 28)
from generate_series(1, 120) i;

create table driver (
  drv_id       int primary key,
  first_name   text not null,
  last_name    text not null,
  home_depot   int,                      -- depot.depot_id, not declared
  licence_cat  text not null,            -- 'B', 'C', 'C+E'
  hired_on     date not null,
  hourly_rate  numeric(5,2) not null,
  emp_status   text not null,            -- 'active', 'on_leave', 'left'
  email        text
);
insert into driver
select i,
       (array['Marta', 'James', 'Aisha', 'Tomasz', 'Priya', 'Connor', 'Siobhan', 'Daniel', 'Fatima', 'Liam',
              'Grace', 'Mohammed', 'Ewan', 'Chloe', 'Rhys', 'Hannah', 'Oliver', 'Zara', 'Callum', 'Niamh'])[1 + i % 20],
       (array['Kowalski', 'Patel', 'MacLeod', 'Okafor', 'Hughes', 'Nowak', 'Evans', 'Khan', 'Reid', 'Walsh',
              'Thompson', 'Jones', 'Campbell', 'Ahmed', 'Davies', 'Murphy', 'Clarke', 'Singh', 'Robertson',
              'Wright', 'Morgan', 'Lewis', 'Brennan'])[1 + (i * 7) % 23],
       1 + (i * 3) % 7,
       case when i % 6 = 0 then 'C+E' when i % 6 in (1, 4) then 'C' else 'B' end,
       date '2015-03-02' + ((i * 97) % 3800),
       12.50 + ((i * 37) % 90) / 10.0,
       case when i % 13 = 0 then 'left' when i % 9 = 4 then 'on_leave' else 'active' end,
       case when i % 17 = 0 then null else 'driver' || i || '@fleetco.example' end
from generate_series(1, 80) i;
-- new starters who have not driven yet
insert into driver values
  (81, 'Ines',   'Carvalho',  8, 'B',   '2025-11-03', 13.10, 'active', 'i.carvalho@fleetco.example'),
  (82, 'Kieran', 'O''Dowd',   8, 'C',   '2025-11-03', 14.40, 'active', 'k.odowd@fleetco.example'),
  (83, 'Beata',  'Zielinska', 8, 'B',   '2025-11-17', 13.10, 'active', null),
  (84, 'Arjun',  'Mehta',     3, 'C+E', '2025-12-01', 16.75, 'active', 'a.mehta@fleetco.example');

create table trip (
  trip_id      int primary key,
  veh_id       int not null references vehicle (veh_id),
  driver_id    int not null,             -- driver.drv_id, not declared
  started_at   timestamptz not null,
  ended_at     timestamptz,              -- null while the trip is under way
  distance_km  numeric(7,1),             -- null while under way, 0 when cancelled
  trip_status  text not null             -- 'completed', 'cancelled', 'in_progress'
);
insert into trip
select i, veh, drv, st,
       case when status = 'in_progress' then null
            when status = 'cancelled' then st + interval '12 minutes'
            else st + ((dist * 2)::int + 25) * interval '1 minute' end,
       case when status = 'in_progress' then null when status = 'cancelled' then 0 else dist end,
       status
from (
  select i,
         case when i % 3 = 0 then 1 + (i * i) % 113 else 1 + (i * 7) % 120 end as veh,
         case when i % 2 = 0 then 1 + ((i / 2) * 11) % 80 else 1 + ((i * i * 7 + i * 3) % 97) % 80 end as drv,
         timestamptz '2024-01-01 05:00:00+00' + ((i * 37) % 731) * interval '1 day'
           + ((i * 13) % 19) * interval '1 hour' + ((i * 7) % 60) * interval '1 minute' as st,
         12.5 + (i * 53) % 380 + ((i * 7) % 10) / 10.0 as dist,
         case when i % 131 = 0 then 'in_progress' when i % 25 = 0 then 'cancelled' else 'completed' end as status
  from generate_series(1, 2400) i
) s;
-- cargo bikes do short urban rounds
update trip t set distance_km = round(t.distance_km / 8, 1),
                  ended_at = t.started_at + ((t.distance_km / 8) * 6 + 20)::int * interval '1 minute'
from vehicle v
where v.veh_id = t.veh_id and v.veh_type = 'cargo_bike' and t.trip_status = 'completed';
-- a few round distances, so that "over 200 km" and "200 km or more" differ
update trip set distance_km = 200.0, ended_at = started_at + interval '425 minutes'
where trip_status = 'completed' and trip_id in (15, 333, 871, 1502, 2207);

create table delivery (
  dlv_id          int primary key,
  trip_id         int not null references trip (trip_id),
  consignee       text not null,
  dest_city       text not null,
  parcels         smallint not null,
  weight_kg       numeric(7,2) not null,
  dlv_status      text not null,         -- 'delivered', 'failed', 'returned', 'pending'
  delivered_at    timestamptz,           -- set only when delivered
  cod_amount      numeric(9,2),          -- cash on delivery; null when none was due
  needs_signature boolean not null
);
insert into delivery
select d.i, t.trip_id,
       (array['Brightwell Pharmacy', 'Harbour Street Books', 'Pennine Outdoor Ltd', 'Kestrel Garden Centre',
              'Moorside Dental', 'Castle Hardware', 'The Copper Kettle', 'Alder & Finch', 'Northgate Motors',
              'Seaview Florists', 'Riverside Vets', 'Oakwood Primary School', 'Bluebell Bakery'])[1 + (d.i * 5) % 13],
       (array['Leeds', 'York', 'Bradford', 'Manchester', 'Bolton', 'Bristol', 'Bath', 'Glasgow', 'Edinburgh',
              'Cardiff', 'Swansea', 'Birmingham', 'Coventry'])[1 + (d.i * 3) % 13],
       1 + (d.i * 7) % 12,
       (d.i * 29) % 700 + 0.25 * (d.i % 4),
       st.status,
       case when st.status = 'delivered' then t.started_at + (20 + (d.i * 17) % 300) * interval '1 minute' end,
       case when d.i % 4 = 0 then 15 + (d.i * 23) % 400 + 0.99 end,
       d.i % 5 = 2
from generate_series(1, 6000) d(i)
join trip t on t.trip_id = 1 + (d.i * 17) % 2400
cross join lateral (
  select case when t.trip_status = 'in_progress' then 'pending'
              when t.trip_status = 'cancelled' then 'returned'
              when d.i % 19 = 0 then 'failed'
              when d.i % 31 = 0 then 'returned'
              else 'delivered' end as status
) st;

create table fuel_purchase (
  fp_id          int primary key,
  vehicle_id     int not null,           -- vehicle.veh_id, not declared
  purchased_on   date not null,
  litres         numeric(7,2) not null,
  total_cost     numeric(9,2) not null,
  station_brand  text not null,          -- 'Shell', 'BP', 'Esso', 'Texaco', 'Tesco'
  pay_method     text not null           -- 'fuel_card', 'company_card', 'cash'
);
insert into fuel_purchase
select row_number() over (order by v.veh_id, g.k),
       v.veh_id,
       date '2024-01-03' + ((v.veh_id * 19 + g.k * 41) % 728),
       l.litres,
       round(l.litres * (1.38 + b.off + ((v.veh_id + g.k * 7) % 25) / 100.0), 2),
       b.brand,
       case when (v.veh_id + g.k) % 11 = 0 then 'cash' when (v.veh_id + g.k) % 4 = 0 then 'company_card'
            else 'fuel_card' end
from vehicle v
cross join generate_series(1, 18) g(k)
cross join lateral (select 20 + ((v.veh_id * 13 + g.k * 29) % 140) + ((g.k * 3) % 4) * 0.25 as litres) l
cross join lateral (
  select (array['Shell', 'BP', 'Esso', 'Texaco', 'Tesco'])[1 + (v.veh_id * 3 + g.k) % 5] as brand,
         (array[0.06, 0.04, 0.02, 0.03, -0.03])[1 + (v.veh_id * 3 + g.k) % 5] as off
) b
where v.fuel_type <> 'electric' and g.k <= 8 + v.veh_id % 11;

create table maint_log (
  job_id        int primary key,
  veh_id        int not null references vehicle (veh_id),
  service_date  date not null,
  job_type      text not null,           -- 'oil_change', 'tyres', 'brakes', 'mot', 'repair'
  cost_gbp      numeric(8,2) not null,
  odometer_km   int not null,
  garage        text not null,
  notes         text
);
insert into maint_log
select row_number() over (order by v.veh_id, j.n),
       v.veh_id,
       x.d,
       x.jt,
       case x.jt when 'oil_change' then 95 when 'tyres' then 240 when 'brakes' then 310 when 'mot' then 55
                 else 400 end + ((v.veh_id * 37 + j.n * 53) % 900) * (case when x.jt = 'repair' then 2.5 else 0.2 end),
       8000 + (x.d - date '2023-01-01') * (45 + v.veh_id % 40),
       (array['Kwik Fit Fleet', 'Halfords Autocentre', 'Main Dealer', 'In-house Workshop'])[1 + (v.veh_id + j.n) % 4],
       case when x.jt = 'repair' then (array['clutch replaced', 'wing mirror', 'door seal', 'battery'])[1 + v.veh_id % 4] end
from vehicle v
cross join generate_series(1, 6) j(n)
cross join lateral (
  select date '2023-02-01' + ((v.veh_id * 17 + j.n * 97) % 1000) as d,
         (array['oil_change', 'tyres', 'brakes', 'mot', 'repair', 'oil_change', 'tyres'])[1 + (v.veh_id + j.n * 3) % 7] as jt
) x
where v.veh_id % 11 <> 0 and j.n <= 1 + v.veh_id % 6;

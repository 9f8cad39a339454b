-- A dev set's database, made up on 2026-12-01 (seventh session) and written blind, before anyone
-- fitted the parser to it: a small hotel chain from 2023 to 2025. Declared keys: rooms.hotel_id ->
-- hotel, reservations.guest_id -> guests, reviews.res_id -> reservations. By convention only:
-- reservations.room_id, payments.res_id, reviews.hotel_id (copied from the room's hotel). Guests carry
-- ISO country codes ('DE', 'AT', ...), not country names. Refunds are payments rows with is_refund
-- true and a positive amount. Some guests never booked, some rooms were never booked, some
-- checked-out stays have no payment yet, and one hotel (Kraków) is closed. Deterministic.
create table hotel (
  hotel_id    int primary key,
  hotel_name  text not null,
  city        text,
  country     text,
  star_rating smallint,
  opened_on   date,
  is_active   boolean
);
insert into hotel values
  (1, 'Grand Meridian Berlin', 'Berlin', 'Germany', 5, '2009-04-01', true),
  (2, 'Harbour View Lisbon', 'Lisbon', 'Portugal', 4, '2014-06-15', true),
  (3, 'Alpenhof Innsbruck', 'Innsbruck', 'Austria', 4, '1998-12-01', true),
  (4, 'Canal House Amsterdam', 'Amsterdam', 'Netherlands', 3, '2017-03-20', true),
  (5, 'Riverside Lyon', 'Lyon', 'France', 3, '2011-09-10', true),
  (6, 'Sakura Garden Kyoto', 'Kyoto', 'Japan', 5, '2019-04-05', true),
  (7, 'Old Town Kraków', 'Kraków', 'Poland', 3, '2006-05-30', false),
  (8, 'Bayfront Barcelona', 'Barcelona', 'Spain', 4, '2021-07-01', true);

-- 40 rooms per hotel, 4 floors of 10; room x10 of every floor is a suite.
create table rooms (
  room_id    int primary key,
  hotel_id   int not null references hotel (hotel_id),
  room_no    text,
  room_type  text,          -- 'single', 'double', 'twin', 'family', 'suite'
  base_rate  numeric(8,2),  -- per night, EUR
  max_occ    smallint,
  smoking_ok boolean
);
insert into rooms
select r.i, r.h, r.floor::text || lpad(r.n::text, 2, '0'), r.rt,
       round((case r.rt when 'single' then 79 when 'double' then 109 when 'twin' then 105
                        when 'family' then 149 else 289 end) * (0.6 + 0.2 * ht.star_rating)
             + (r.i % 7) * 3.5, 2),
       case r.rt when 'single' then 1 when 'family' then 4 when 'suite' then 3 else 2 end,
       r.i % 13 = 0
from (
  select i, 1 + (i - 1) / 40 as h, 1 + ((i - 1) % 40) / 10 as floor, 1 + (i - 1) % 10 as n,
         (array['single', 'double', 'double', 'twin', 'double', 'family', 'single', 'double', 'twin', 'suite'])[1 + (i - 1) % 10] as rt
  from generate_series(1, 320) i
) r join hotel ht on ht.hotel_id = r.h;

create table guests (
  guest_id     int primary key,
  first_nm     text,
  last_nm      text,
  email        text,
  country_cd   char(2),
  loyalty_tier text,        -- 'none', 'silver', 'gold', 'platinum'
  birth_dt     date,
  created_ts   timestamptz
);
insert into guests values
  (1, 'Ingrid', 'Svensson', 'ingrid.svensson@mailbox.se', 'SE', 'platinum', '1978-03-14', '2021-02-03 09:12:00+00'),
  (2, 'Matthias', 'Keller', 'm.keller@posteo.de', 'DE', 'gold', '1984-11-02', '2021-05-19 17:40:00+00'),
  (3, 'Chloé', 'Durand', 'chloe.durand@orange.fr', 'FR', 'silver', '1991-07-23', '2022-01-11 08:05:00+00'),
  (4, 'James', 'O''Connor', 'james.oconnor@gmail.com', 'GB', 'gold', '1969-01-30', '2020-10-28 12:00:00+00'),
  (5, 'Yuki', 'Nakamura', 'yuki.nakamura@docomo.ne.jp', 'JP', 'platinum', '1988-09-09', '2021-08-14 03:22:00+00'),
  (6, 'Anna', 'Gruber', 'anna.gruber@aon.at', 'AT', 'platinum', '1975-05-05', '2020-12-01 10:30:00+00'),
  (7, 'Lucía', 'Fernández', 'lucia.fernandez@gmail.com', 'ES', 'none', '1996-12-17', '2022-06-30 19:45:00+00'),
  (8, 'Robert', 'Miller', 'rob.miller@outlook.com', 'US', 'silver', '1959-04-21', '2021-03-09 15:15:00+00'),
  (9, 'Katarzyna', 'Nowak', 'k.nowak@wp.pl', 'PL', 'gold', '1982-08-08', '2022-02-14 11:11:00+00'),
  (10, 'Felix', 'Hofmann', 'felix.hofmann@web.de', 'DE', 'none', '1993-02-27', '2022-09-05 07:50:00+00');
insert into guests
select i, f, l,
       lower(translate(f, 'éáíóúñöüäçã', 'eaiounouaca')) || '.' || lower(translate(l, 'éáíóúñöüäçã', 'eaiounouaca')) || i
         || (array['@gmail.com', '@outlook.com', '@web.de', '@yahoo.fr', '@icloud.com'])[1 + i % 5],
       (array['DE', 'FR', 'US', 'GB', 'NL', 'AT', 'ES', 'IT', 'JP', 'DE', 'US', 'CH', 'PL', 'SE'])[1 + (i * 5) % 14],
       case when i % 31 = 0 then 'platinum' when i % 11 = 0 then 'gold' when i % 4 = 0 then 'silver' else 'none' end,
       date '1950-01-01' + (i * 2713) % 18250,
       timestamptz '2020-06-01 00:00:00+00' + (i * 1337 % 1600) * interval '1 day' + (i * 97 % 86400) * interval '1 second'
from (
  select i,
         (array['Anna', 'Lukas', 'Sophie', 'Jan', 'Marie', 'Paul', 'Emma', 'David', 'Laura', 'Tomás', 'Olivia', 'Noah',
                'Hanna', 'Pierre', 'Giulia', 'Kenji', 'Sara', 'Mateo', 'Elif', 'Oscar', 'Léa', 'Henrik'])[1 + i % 22] as f,
         (array['Schmidt', 'Müller', 'Martin', 'Bernard', 'Smith', 'Johnson', 'de Vries', 'Jansen', 'Rossi', 'Bianchi',
                'García', 'López', 'Tanaka', 'Suzuki', 'Wagner', 'Becker', 'Dubois', 'Brown', 'Kowalski', 'Lindqvist',
                'Huber', 'Moreau', 'Santos', 'Novak', 'Weber'])[1 + (i * 7) % 25] as l
  from generate_series(11, 1500) i
) g;

-- 4000 reservations; guests 1..60 are regulars, about 400 guests (1351..1500 among them) never booked,
-- every 29th room was never booked.
create table reservations (
  res_id      int primary key,
  guest_id    int not null references guests (guest_id),
  room_id     int not null,
  checkin_dt  date,
  checkout_dt date,
  booked_at   timestamptz,
  channel     text,        -- 'direct', 'booking_com', 'expedia', 'phone', 'corporate'
  res_status  text,        -- 'confirmed', 'checked_out', 'cancelled', 'no_show'
  n_guests    smallint,
  total_amt   numeric(10,2)
);
insert into reservations
select x.i, x.guest_id, x.room_id, x.checkin, x.checkin + x.nights,
       (x.checkin - x.lead_days)::timestamp at time zone 'UTC' + ((x.i * 47) % 1440) * interval '1 minute' + (x.i % 60) * interval '1 second',
       x.channel,
       case when x.checkin > date '2025-08-31' then (case when x.i % 9 = 0 then 'cancelled' else 'confirmed' end)
            when x.i % 10 in (3, 7) then 'cancelled'
            when x.channel = 'booking_com' and x.i % 6 = 1 then 'cancelled'
            when x.i % 23 = 5 then 'no_show'
            else 'checked_out' end,
       1 + x.i % ro.max_occ,
       round(ro.base_rate * x.nights * (0.85 + (x.i % 9) * 0.05), 2) + (x.i % 100) / 100.0
from (
  select i,
         case when i % 5 = 0 then 1 + (i / 5) % 60 else 1 + (i * 7919) % 1350 end as guest_id,
         case when (1 + (i * 173) % 320) % 29 = 0 then (i * 173) % 320 else 1 + (i * 173) % 320 end as room_id,
         date '2023-01-02' + (i * 53) % 1000 as checkin,
         1 + (i * 7) % 6 + case when i % 11 = 0 then 5 else 0 end as nights,
         1 + (i * 13) % 120 as lead_days,
         (array['direct', 'booking_com', 'expedia', 'direct', 'phone', 'booking_com', 'corporate'])[1 + (i * 3) % 7] as channel
  from generate_series(1, 4000) i
) x join rooms ro on ro.room_id = x.room_id;

-- Payments: one or two (deposit + balance) per checked-out stay, except every 19th; a night's charge for
-- no-shows; a deposit and its refund for some cancellations.
create table payments (
  pmt_id    int primary key,
  res_id    int not null,
  paid_at   timestamp,
  amount    numeric(10,2),
  method    text,          -- 'card', 'cash', 'bank_transfer', 'voucher'
  is_refund boolean
);
insert into payments
select row_number() over (order by p.res_id, p.seq), p.res_id, p.paid_at, p.amount, p.method, p.is_refund
from (
  select r.res_id, 1 as seq,
         case when r.res_id % 3 = 0 then r.booked_at at time zone 'UTC' + interval '2 hours'
              else r.checkout_dt + interval '10 hours' + (r.res_id % 120) * interval '1 minute' end as paid_at,
         case when r.res_id % 3 = 0 then round(r.total_amt * 0.3, 2) else r.total_amt end as amount,
         (array['card', 'card', 'card', 'cash', 'bank_transfer', 'voucher', 'card'])[1 + (r.res_id * 5) % 7] as method,
         false as is_refund
  from reservations r where r.res_status = 'checked_out' and r.res_id % 19 <> 0
  union all
  select r.res_id, 2, r.checkout_dt + interval '11 hours' + (r.res_id % 50) * interval '1 minute',
         r.total_amt - round(r.total_amt * 0.3, 2), 'card', false
  from reservations r where r.res_status = 'checked_out' and r.res_id % 19 <> 0 and r.res_id % 3 = 0
  union all
  select r.res_id, 1, r.checkin_dt + interval '23 hours', round(r.total_amt / (r.checkout_dt - r.checkin_dt), 2), 'card', false
  from reservations r where r.res_status = 'no_show'
  union all
  select r.res_id, 1, r.booked_at at time zone 'UTC' + interval '1 hour', round(r.total_amt * 0.2, 2),
         case when r.res_id % 2 = 0 then 'card' else 'bank_transfer' end, false
  from reservations r where r.res_status = 'cancelled' and r.res_id % 4 <> 0
  union all
  select r.res_id, 2, least(r.checkin_dt - 1, date '2025-11-30') + interval '9 hours', round(r.total_amt * 0.2, 2),
         case when r.res_id % 2 = 0 then 'card' else 'bank_transfer' end, true
  from reservations r where r.res_status = 'cancelled' and r.res_id % 4 <> 0 and r.res_id % 5 <> 0
) p;

-- Reviews for about a third of the checked-out stays, 1-10 scale; Amsterdam and Kraków score lower.
create table reviews (
  review_id       int primary key,
  res_id          int not null references reservations (res_id),
  hotel_id        int,
  score           numeric(3,1),
  review_text     text,
  posted_on       date,
  would_recommend boolean
);
insert into reviews
select row_number() over (order by s.res_id), s.res_id, s.hotel_id, s.score,
       (array['Great location, friendly staff.',
              'Breakfast was excellent and the room was spotless.',
              'Room was smaller than expected.',
              'Noisy at night, the breakfast buffet was cold.',
              'Lovely view from the balcony.',
              'Check-in took forever.',
              'Would come back, the spa was a highlight.',
              'Good value for money, breakfast included.',
              'The bathroom needs renovation.',
              'Staff went out of their way to help us.',
              'Parking was expensive.'])[1 + (s.res_id * 7) % 11],
       s.checkout_dt + 1 + s.res_id % 9,
       s.score >= 7
from (
  select r.res_id, ro.hotel_id, r.checkout_dt,
         least(10.0, greatest(1.0,
               (case ro.hotel_id when 1 then 8.4 when 2 then 8.1 when 3 then 8.7 when 4 then 6.2
                                 when 5 then 7.5 when 6 then 9.0 when 7 then 5.8 else 7.9 end)
               + ((r.res_id * 7) % 9 - 4) * 0.5 + ((r.res_id % 5) - 2) * 0.1))::numeric(3,1) as score
  from reservations r join rooms ro on ro.room_id = r.room_id
  where r.res_status = 'checked_out' and r.res_id % 3 = 1
) s;

-- A dev set's database, made up on 2026-12-01 for measuring understanding on a schema the parser was
-- not written for: no constraints at all (references must be inferred), two names for the same
-- airport code (origin_code / dest_code: not inferable, a refusal is the right answer), money,
-- distances, dates. Deterministic: generate_series and modular arithmetic only.
create table aircraft (tail_number text, model text, seats int, built_year int);
insert into aircraft
select 'N' || (100 + i), (array['A320', 'B737', 'E190', 'A321'])[1 + i % 4], 80 + (i * 37) % 120, 2000 + (i * 7) % 22
from generate_series(1, 12) i;

create table airport (iata_code text, city_name text, country_name text);
insert into airport values ('OSL', 'Oslo', 'Norway'), ('BGO', 'Bergen', 'Norway'), ('ARN', 'Stockholm', 'Sweden'),
  ('CPH', 'Copenhagen', 'Denmark'), ('HEL', 'Helsinki', 'Finland'), ('KEF', 'Reykjavik', 'Iceland');

create table flight (flight_no text, origin_code text, dest_code text, tail_number text, distance_km int,
                     departed_on date, delay_minutes int);
insert into flight
select 'XY' || (1000 + i),
       (array['OSL', 'BGO', 'ARN', 'CPH', 'HEL', 'KEF'])[1 + i % 6],
       (array['OSL', 'BGO', 'ARN', 'CPH', 'HEL', 'KEF'])[1 + (i + 2) % 6],
       'N' || (101 + i % 12), 300 + (i * 53) % 1700, date '2023-01-01' + (i * 11) % 900, (i * 17) % 140
from generate_series(1, 120) i;

create table passenger (passenger_id int, full_name text, loyalty_tier text);
insert into passenger
select i, 'Passenger ' || i, (array['none', 'silver', 'gold', 'platinum'])[1 + (i * 3) % 4]
from generate_series(1, 60) i;

create table booking (booking_id int, flight_no text, passenger_id int, fare numeric(8,2), booked_at timestamp);
insert into booking
select i, 'XY' || (1001 + (i * 7) % 120), 1 + (i * 13) % 55, 49 + (i * 31) % 400 + 0.5,
       timestamp '2023-01-01 08:00' + ((i * 19) % 900) * interval '1 day' + (i % 24) * interval '1 hour'
from generate_series(1, 400) i;

-- A dev set's database, made up on 2026-12-01 and written before the parser ever read it: a music
-- festival over three summers. Declared keys on artist/stage/attendee/ticket and three references
-- (performance.artist_id, ticket.attendee_id, sponsor.stage_id); performance.stage_id by naming
-- convention only. artist.stage_name is an artist's stage name, not a stage's. Sponsors without a stage
-- (NULL stage_id), artists who never performed, attendees who never bought a ticket, a few attendees
-- sharing a name or an email, NULL cities. Deterministic.
create table stage (stage_id int primary key, stage_name text, capacity int, area_sqm numeric(8,1));
insert into stage values
  (1, 'Main', 12000, 9500.0), (2, 'Forest', 3500, 2100.5), (3, 'Harbour', 6000, 4800.0),
  (4, 'Tent', 1800, 950.0), (5, 'Dome', 4200, 2600.0), (6, 'Garden', 900, 1200.0);

create table artist (artist_id int primary key, stage_name text, genre text, country text, formed_year int);
insert into artist
select i,
       (array['Neon', 'Velvet', 'Silver', 'Midnight', 'Paper', 'Northern', 'Golden'])[1 + i % 7] || ' '
         || (array['Owls', 'Tides', 'Engines', 'Harbours', 'Saints', 'Lanterns'])[1 + i % 6],
       (array['Rock', 'Techno', 'Jazz', 'Hip-Hop', 'Folk', 'Pop'])[1 + (i * 5) % 6],
       (array['Iceland', 'Brazil', 'Japan', 'Nigeria', 'Canada', 'Spain', 'Norway'])[1 + (i * 3) % 7],
       1965 + (i * 7) % 58
from generate_series(1, 40) i;

create table performance (perf_id int, artist_id int references artist, stage_id int, perf_date date,
                          duration_min int, attendance int);
insert into performance
select i, case when i % 17 = 0 then 12 else 1 + (i * 11) % 36 end, 1 + (i * 5 + i / 7) % 6,
       date '2023-07-14' + (i % 3) * 364 + (i * 5) % 4,
       30 + (i * 13) % 61, 250 + (i * 137) % 4700 + i
from generate_series(1, 130) i;

create table attendee (attendee_id int primary key, full_name text, city text, birth_year int, email text);
insert into attendee
select i,
       (array['Ana', 'Bjorn', 'Chloe', 'Dario', 'Emeka', 'Freya', 'Goran', 'Hana', 'Ines', 'Jonas'])[1 + i % 10] || ' '
         || (array['Silva', 'Berg', 'Martin', 'Rossi', 'Okafor', 'Lind', 'Novak', 'Sato', 'Costa', 'Meyer', 'Dubois', 'Haas', 'Moreau'])[1 + (i * 3) % 13],
       case when i % 23 = 0 then null else (array['Oslo', 'Porto', 'Ghent', 'Leeds', 'Lyon', 'Turin'])[1 + (i * 7) % 6] end,
       1958 + (i * 13) % 47,
       'fan' || i || '@' || (array['gmail.com', 'proton.me', 'mail.example', 'outlook.com'])[1 + (i * 3) % 4]
from generate_series(1, 150) i;
-- a few people registered twice (same e-mail under another id), and two namesakes
update attendee set email = 'fan20@gmail.com' where attendee_id = 141;
update attendee set email = 'fan33@proton.me' where attendee_id in (77, 102);
update attendee set email = 'fan5@outlook.com' where attendee_id = 6;
update attendee set full_name = 'Ana Silva' where attendee_id in (40, 90);

create table ticket (ticket_id int primary key, attendee_id int references attendee, price numeric(8,2), tier text,
                     sold_at timestamp);
insert into ticket
select i, 1 + (i * 7) % 130, t.price + (i % 5) * 2.5, t.tier,
       timestamp '2023-01-05 09:00' + i * interval '2 days 3 hours 17 minutes'
from generate_series(1, 400) i
cross join lateral (
  select (array['General', 'General', 'General', 'VIP', 'Early Bird', 'General', 'Backstage'])[1 + (i * 3) % 7] as tier
) tt
cross join lateral (
  select tt.tier, case tt.tier when 'VIP' then 289.00 when 'Backstage' then 450.00 when 'Early Bird' then 79.00 else 119.00 end as price
) t;

create table sponsor (sponsor_id int primary key, sponsor_name text, stage_id int references stage, amount numeric(12,2));
insert into sponsor
select i,
       (array['Borealis Bank', 'Fizzwater', 'Kestrel Motors', 'Lumen Telecom', 'Oakbarrel Brewing', 'Pixelpath',
              'Quarry Outdoor', 'Redline Energy', 'Sable Coffee', 'Tundra Airlines', 'Umbra Audio', 'Vesta Insurance'])[i],
       case when i % 4 = 0 then null else 1 + (i * 5) % 6 end,
       5000 + (i * 3719) % 45000
from generate_series(1, 12) i;

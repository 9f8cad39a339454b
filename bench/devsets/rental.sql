-- A dev set's database, made up on 2026-12-02 and written blind: a DVD-rental store in the
-- shape of the public "sakila/pagila" sample (schema public). Tables: actor, language, film,
-- film_actor, category, film_category, country, city, address, store, staff, customer,
-- inventory, rental, payment, with pagila's column names and primary/foreign keys
-- (store.manager_staff_id -> staff is added once both tables are filled).
-- Filled deterministically (generate_series and modular arithmetic, no random()):
-- 200 films, 40 actors, 16 categories, 3 stores, 6 staff, 150 customers, 4000 rentals
-- from 2024-01-01 to late December 2025, one payment per returned rental (with exceptions).
-- All timestamps are timestamptz written in UTC.
-- Edge rows on purpose:
--   * films 17, 34, ... (film_id % 17 = 0) have no inventory; films 23, 46, ... (% 23 = 0)
--     are in inventory but never rented;
--   * customers 37, 74, 111, 148 have no rentals; customers 13 and 90 are inactive
--     (activebool false, active 0); some customer emails are NULL;
--   * rentals with rental_id % 61 = 0 and all rentals after 2025-12-18 are not returned
--     (return_date NULL) and have no payment; returned rentals with rental_id % 41 = 0 have
--     no payment either; rentals with rental_id % 97 = 0 were paid 0.00;
--   * store 3 has a single staff member (store 1 has three, store 2 two);
--   * every tenth film is in two categories, every thirtieth in three;
--   * film.length is NULL for film_id % 31 = 0, description NULL for film_id % 13 = 0,
--     original_language_id mostly NULL, address2 / postal_code sometimes NULL;
--   * actors 7 and 40 share the same first and last name; actor 39 is in no film.
-- Runs as one script on an empty database.

create table actor (
    actor_id    integer primary key,
    first_name  text not null,
    last_name   text not null,
    last_update timestamptz not null default now()
);

create table language (
    language_id integer primary key,
    name        character(20) not null,
    last_update timestamptz not null default now()
);

create table film (
    film_id              integer primary key,
    title                text not null,
    description          text,
    release_year         integer,
    language_id          integer not null references language (language_id),
    original_language_id integer references language (language_id),
    rental_duration      smallint not null default 3,
    rental_rate          numeric(4,2) not null default 4.99,
    length               smallint,
    replacement_cost     numeric(5,2) not null default 19.99,
    rating               text default 'G' check (rating in ('G','PG','PG-13','R','NC-17')),
    last_update          timestamptz not null default now()
);

create table film_actor (
    actor_id    integer not null references actor (actor_id),
    film_id     integer not null references film (film_id),
    last_update timestamptz not null default now(),
    primary key (actor_id, film_id)
);

create table category (
    category_id integer primary key,
    name        text not null,
    last_update timestamptz not null default now()
);

create table film_category (
    film_id     integer not null references film (film_id),
    category_id integer not null references category (category_id),
    last_update timestamptz not null default now(),
    primary key (film_id, category_id)
);

create table country (
    country_id  integer primary key,
    country     text not null,
    last_update timestamptz not null default now()
);

create table city (
    city_id     integer primary key,
    city        text not null,
    country_id  integer not null references country (country_id),
    last_update timestamptz not null default now()
);

create table address (
    address_id  integer primary key,
    address     text not null,
    address2    text,
    district    text not null,
    city_id     integer not null references city (city_id),
    postal_code text,
    phone       text not null,
    last_update timestamptz not null default now()
);

create table store (
    store_id         integer primary key,
    manager_staff_id integer not null,
    address_id       integer not null references address (address_id),
    last_update      timestamptz not null default now()
);

create table staff (
    staff_id    integer primary key,
    first_name  text not null,
    last_name   text not null,
    address_id  integer not null references address (address_id),
    email       text,
    store_id    integer not null references store (store_id),
    active      boolean not null default true,
    username    text not null,
    password    text,
    last_update timestamptz not null default now(),
    picture     bytea
);

create table customer (
    customer_id integer primary key,
    store_id    integer not null references store (store_id),
    first_name  text not null,
    last_name   text not null,
    email       text,
    address_id  integer not null references address (address_id),
    activebool  boolean not null default true,
    create_date date not null default current_date,
    last_update timestamptz default now(),
    active      integer
);

create table inventory (
    inventory_id integer primary key,
    film_id      integer not null references film (film_id),
    store_id     integer not null references store (store_id),
    last_update  timestamptz not null default now()
);

create table rental (
    rental_id    integer primary key,
    rental_date  timestamptz not null,
    inventory_id integer not null references inventory (inventory_id),
    customer_id  integer not null references customer (customer_id),
    return_date  timestamptz,
    staff_id     integer not null references staff (staff_id),
    last_update  timestamptz not null default now(),
    unique (rental_date, inventory_id, customer_id)
);

create table payment (
    payment_id   integer primary key,
    customer_id  integer not null references customer (customer_id),
    staff_id     integer not null references staff (staff_id),
    rental_id    integer not null references rental (rental_id),
    amount       numeric(5,2) not null,
    payment_date timestamptz not null
);

-- ---------------------------------------------------------------- reference data
insert into language (language_id, name, last_update)
select i, (array['English','Italian','Japanese','Mandarin','French','German'])[i],
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 6) i;

insert into category (category_id, name, last_update)
select i, (array['Action','Animation','Children','Classics','Comedy','Documentary','Drama',
                 'Family','Foreign','Games','Horror','Music','New','Sci-Fi','Sports','Travel'])[i],
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 16) i;

insert into country (country_id, country, last_update)
select i, (array['United States','Canada','Germany','France','Japan','Brazil','India',
                 'Australia','Mexico','South Africa'])[i],
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 10) i;

insert into city (city_id, city, country_id, last_update)
select i,
       (array['Dallas','Toronto','Berlin','Lyon','Osaka','Recife','Pune','Perth','Puebla','Durban',
              'Akron','Calgary','Hamburg','Nantes','Sapporo','Curitiba','Nagpur','Hobart','Merida','Soweto',
              'Tacoma','Halifax','Bremen','Lille','Kyoto','Manaus','Jaipur','Darwin','Leon','Pretoria'])[i],
       1 + (i - 1) % 10,
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 30) i;

-- addresses 1-3 stores, 4-9 staff, 10-159 customers
insert into address (address_id, address, address2, district, city_id, postal_code, phone, last_update)
select a,
       (100 + (a * 37) % 900)::text || ' ' ||
         (array['Main Street','Oak Avenue','Maple Drive','Cedar Lane','Pine Road','Elm Way',
                'Lake Boulevard','Hill Street','River Road','Park Place'])[1 + a % 10],
       case when a % 4 = 0 then 'Unit ' || (a % 9 + 1)::text
            when a % 4 = 1 then null
            else '' end,
       (array['North','South','East','West','Central','Harbor','Uptown'])[1 + a % 7],
       1 + (a * 7) % 30,
       case when a % 19 = 0 then null else lpad(((a * 7919) % 90000 + 10000)::text, 5, '0') end,
       '555' || lpad(((a * 104729) % 10000000)::text, 7, '0'),
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 159) a;

-- ---------------------------------------------------------------- stores and staff
insert into store (store_id, manager_staff_id, address_id, last_update) values
    (1, 1, 1, timestamptz '2023-01-01 00:00:00+00'),
    (2, 4, 2, timestamptz '2023-01-01 00:00:00+00'),
    (3, 6, 3, timestamptz '2023-01-01 00:00:00+00');

insert into staff (staff_id, first_name, last_name, address_id, email, store_id, active,
                   username, password, last_update, picture) values
    (1, 'Mike',   'Hillyer',  4, 'Mike.Hillyer@sakilastaff.com',   1, true, 'Mike',   null, timestamptz '2023-01-01 00:00:00+00', null),
    (2, 'Jon',    'Stephens', 5, 'Jon.Stephens@sakilastaff.com',   1, true, 'Jon',    null, timestamptz '2023-01-01 00:00:00+00', null),
    (3, 'Ana',    'Moreira',  6, null,                              1, true, 'Ana',    null, timestamptz '2023-01-01 00:00:00+00', null),
    (4, 'Priya',  'Nair',     7, 'Priya.Nair@sakilastaff.com',     2, true, 'Priya',  null, timestamptz '2023-01-01 00:00:00+00', null),
    (5, 'Tomasz', 'Wolski',   8, 'Tomasz.Wolski@sakilastaff.com',  2, true, 'Tomasz', null, timestamptz '2023-01-01 00:00:00+00', null),
    (6, 'Keiko',  'Sato',     9, 'Keiko.Sato@sakilastaff.com',     3, true, 'Keiko',  null, timestamptz '2023-01-01 00:00:00+00', null);

-- store.manager_staff_id -> staff, added once both tables are filled
alter table store add constraint store_manager_staff_id_fkey
    foreign key (manager_staff_id) references staff (staff_id);

-- ---------------------------------------------------------------- actors and films
insert into actor (actor_id, first_name, last_name, last_update)
select a,
       case when a = 40 then 'SUSAN' else
       (array['PENELOPE','NICK','ED','JENNIFER','JOHNNY','BETTE','SUSAN','GRACE','MATTHEW','JOE',
              'CHRISTIAN','ZERO','KARL','UMA','VIVIEN','CUBA','FRED','HELEN','DAN','BOB'])[1 + (a - 1) % 20] end,
       case when a = 40 then 'DAVIS' else
       (array['GUINESS','WAHLBERG','CHASE','DAVIS','LOLLOBRIGIDA','NICHOLSON','MOSTEL','JOHANSSON',
              'SWANK','GABLE','CAGE','BERRY','WOOD','BERGEN','OLIVIER','COSTNER','VOIGHT','TORN',
              'FAWCETT','TRACY','PALTROW','MARX','KILMER','STREEP','BLOOM','CRAWFORD','HOPKINS',
              'DEGENERES','WILLIS','PECK','HOFFMAN','BALE','TEMPLE','ALLEN','SILVERSTONE','WEST',
              'HARRIS','AKROYD','DEAN','WINSLET'])[a] end,
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 40) a;
-- actor 7 is SUSAN MOSTEL; make it SUSAN DAVIS so that actors 7 and 40 share a full name
update actor set last_name = 'DAVIS' where actor_id = 7;

insert into film (film_id, title, description, release_year, language_id, original_language_id,
                  rental_duration, rental_rate, length, replacement_cost, rating, last_update)
select f,
       (array['ACADEMY','ACE','ADAPTATION','AFFAIR','AFRICAN','AGENT','AIRPLANE','ALADDIN',
              'ALAMO','ALASKA','ALI','ALIEN','ALLEY','ALONE','AMADEUS','AMELIE','AMERICAN',
              'AMISTAD','ANACONDA','ANGELS'])[1 + (f - 1) % 20] || ' ' ||
       (array['DINOSAUR','GOLDFINGER','HOLES','PREJUDICE','EGG','TRUMAN','SIERRA','CALENDAR',
              'WATERFRONT','PHANTOM'])[1 + (f - 1) / 20],
       case when f % 13 = 0 then null
            else 'A ' || (array['Epic','Touching','Thoughtful','Astounding','Fateful','Boring',
                                 'Intrepid','Emotional'])[1 + f % 8]
                 || ' story of a ' || (array['Dentist','Cat','Teacher','Robot','Pastry Chef',
                                              'Lumberjack','Astronaut'])[1 + f % 7]
                 || ' who must meet a ' || (array['Shark','Monkey','Forensic Psychologist',
                                                   'Mad Scientist','Waitress'])[1 + f % 5] end,
       2000 + (f * 7) % 25,
       case when f % 11 = 0 then 2 + (f / 11) % 5 else 1 end,
       case when f % 25 = 0 then 1 + (f / 25) % 6 else null end,
       3 + f % 5,
       (array[0.99, 2.99, 4.99])[1 + f % 3]::numeric(4,2),
       case when f % 31 = 0 then null else 46 + (f * 7) % 140 end,
       (9.99 + (f * 4) % 17 + 2 * ((f * 3) % 5))::numeric(5,2),
       (array['G','PG','PG-13','R','NC-17'])[1 + (f * 3) % 5],
       timestamptz '2023-01-01 00:00:00+00'
from generate_series(1, 200) f;

insert into film_actor (actor_id, film_id, last_update)
select distinct actor_id, film_id, timestamptz '2023-01-01 00:00:00+00'
from (
    select 1 + (f * 3) % 38 as actor_id, f as film_id from generate_series(1, 200) f
    union all
    select 1 + (f * 7 + 5) % 38, f from generate_series(1, 200) f
    union all
    select 1 + (f * 11 + 2) % 38, f from generate_series(1, 200) f where f % 4 <> 0
    union all
    select 40, f from generate_series(1, 200) f where f % 9 = 0
    union all
    select 5, f from generate_series(1, 200) f where f % 6 = 1
) x;

insert into film_category (film_id, category_id, last_update)
select distinct film_id, category_id, timestamptz '2023-01-01 00:00:00+00'
from (
    select f as film_id, 1 + (f * 5) % 16 as category_id from generate_series(1, 200) f
    union all
    select f, 1 + (f * 5 + 7) % 16 from generate_series(1, 200) f where f % 10 = 0
    union all
    select f, 1 + (f * 5 + 11) % 16 from generate_series(1, 200) f where f % 30 = 0
) x;

-- ---------------------------------------------------------------- customers
insert into customer (customer_id, store_id, first_name, last_name, email, address_id,
                      activebool, create_date, last_update, active)
select c,
       case when c % 5 = 0 then 3 when c % 2 = 0 then 2 else 1 end,
       (array['MARY','PATRICIA','LINDA','BARBARA','ELIZABETH','JENNIFER','MARIA','SUSAN',
              'MARGARET','DOROTHY','LISA','NANCY','KAREN','BETTY','HELEN','SANDRA','DONNA',
              'CAROL','RUTH','SHARON','MICHELLE','LAURA','SARAH','KIMBERLY','DEBORAH','JESSICA',
              'SHIRLEY','CYNTHIA','ANGELA','MELISSA'])[1 + (c - 1) % 30],
       (array['SMITH','JOHNSON','WILLIAMS','JONES','BROWN','DAVIS','MILLER','WILSON','MOORE',
              'TAYLOR','ANDERSON','THOMAS','JACKSON','WHITE','HARRIS','MARTIN','THOMPSON',
              'GARCIA','MARTINEZ','ROBINSON','CLARK','RODRIGUEZ','LEWIS','LEE','WALKER','HALL',
              'ALLEN','YOUNG','HERNANDEZ','KING','WRIGHT','LOPEZ','HILL','SCOTT','GREEN','ADAMS',
              'BAKER','GONZALEZ','NELSON','CARTER','MITCHELL','PEREZ','ROBERTS','TURNER',
              'PHILLIPS','CAMPBELL','PARKER','EVANS','EDWARDS','COLLINS'])[1 + (c - 1) % 50],
       null,
       9 + c,
       c not in (13, 90),
       date '2023-06-01' + ((c * 17) % 210),
       timestamptz '2023-12-31 00:00:00+00',
       case when c in (13, 90) then 0 else 1 end
from generate_series(1, 150) c;

update customer
set email = first_name || '.' || last_name || '@sakilacustomer.org'
where customer_id % 29 <> 0;

-- ---------------------------------------------------------------- inventory
insert into inventory (inventory_id, film_id, store_id, last_update)
select row_number() over (order by film_id, store_id, copy_no), film_id, store_id,
       timestamptz '2023-12-01 00:00:00+00'
from (
    select f as film_id, 1 as store_id, k as copy_no
    from generate_series(1, 200) f, generate_series(1, 3) k
    where f % 17 <> 0 and k <= 1 + f % 3
    union all
    select f, 2, k
    from generate_series(1, 200) f, generate_series(1, 3) k
    where f % 17 <> 0 and k <= f % 4
    union all
    select f, 3, 1
    from generate_series(1, 200) f
    where f % 17 <> 0 and f % 3 = 0
) x;

-- ---------------------------------------------------------------- rentals
create temporary table rentable as
select row_number() over (order by i.inventory_id) as rn, i.inventory_id, i.film_id, i.store_id
from inventory i
where i.film_id % 23 <> 0;

create temporary table favourite as
select row_number() over (order by i.inventory_id) as rn, i.inventory_id, i.film_id, i.store_id
from inventory i
where i.film_id % 23 <> 0 and i.film_id % 7 = 3;

create temporary table rental_plan as
select g,
       timestamptz '2024-01-01 09:00:00+00'
         + make_interval(secs => (g - 1) * 15700 + (g * 389) % 3600) as rental_date,
       case when g % 5 = 0
            then (select inventory_id from favourite where rn = 1 + ((g / 5) * (g / 5) + g) % (select count(*) from favourite))
            else (select inventory_id from rentable where rn = 1 + (g * 97) % (select count(*) from rentable))
       end as inventory_id,
       case when g % 4 <> 0 then 1 + (g * 53) % 150
            when (g / 4) % 3 <> 0 then 1 + ((g / 4) * 7) % 60
            else 1 + ((g / 4) * 11) % 20 end as raw_customer
from generate_series(1, 4000) g;

insert into rental (rental_id, rental_date, inventory_id, customer_id, return_date, staff_id, last_update)
select p.g,
       p.rental_date,
       p.inventory_id,
       case when p.raw_customer % 37 = 0 then p.raw_customer + 1 else p.raw_customer end,
       case when p.g % 61 = 0 or p.rental_date >= timestamptz '2025-12-18 00:00:00+00' then null
            else p.rental_date + make_interval(days => 1 + (p.g * 7) % 9, hours => (p.g * 13) % 20) end,
       case i.store_id when 1 then 1 + p.g % 3 when 2 then 4 + p.g % 2 else 6 end,
       p.rental_date
from rental_plan p
join inventory i on i.inventory_id = p.inventory_id;

update rental set last_update = return_date where return_date is not null;

-- ---------------------------------------------------------------- payments
insert into payment (payment_id, customer_id, staff_id, rental_id, amount, payment_date)
select row_number() over (order by r.rental_id),
       r.customer_id,
       r.staff_id,
       r.rental_id,
       case when r.rental_id % 97 = 0 then 0.00
            else f.rental_rate
                 + greatest(0, ceil(extract(epoch from (r.return_date - r.rental_date)) / 86400.0)
                               - f.rental_duration) * 1.00 end,
       r.return_date
from rental r
join inventory i on i.inventory_id = r.inventory_id
join film f on f.film_id = i.film_id
where r.return_date is not null
  and r.rental_id % 41 <> 0;

drop table rental_plan;
drop table favourite;
drop table rentable;

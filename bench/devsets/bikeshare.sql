-- Made-up bike-sharing schema (PostgreSQL). Deterministic data: generate_series + arithmetic, no random().
-- Tables: stations, bikes, members, trips, maintenance_log.

DROP TABLE IF EXISTS maintenance_log;
DROP TABLE IF EXISTS trips;
DROP TABLE IF EXISTS members;
DROP TABLE IF EXISTS bikes;
DROP TABLE IF EXISTS stations;

CREATE TABLE stations (
    stn_id       integer PRIMARY KEY,
    stn_name     text NOT NULL,
    city         text NOT NULL,
    dock_count   integer NOT NULL,
    opened_on    date NOT NULL
);

CREATE TABLE bikes (
    bike_id         integer PRIMARY KEY,
    model_nm        text NOT NULL,
    bike_type       text NOT NULL CHECK (bike_type IN ('classic', 'electric')),
    home_stn_id     integer NOT NULL REFERENCES stations (stn_id),
    is_in_service   boolean NOT NULL
);

CREATE TABLE members (
    member_id    integer PRIMARY KEY,
    first_nm     text NOT NULL,
    last_nm      text NOT NULL,
    email_addr   text,
    plan_type    text NOT NULL CHECK (plan_type IN ('annual', 'monthly', 'day_pass')),
    joined_on    date NOT NULL,
    birth_yr     integer
);

CREATE TABLE trips (
    trip_id          bigint PRIMARY KEY,
    bike_id          integer NOT NULL REFERENCES bikes (bike_id),
    member_id        integer REFERENCES members (member_id),      -- NULL = casual rider
    start_stn_id     integer NOT NULL REFERENCES stations (stn_id),
    end_stn_id       integer REFERENCES stations (stn_id),        -- NULL while the trip is in progress
    started_at       timestamp NOT NULL,
    ended_at         timestamp,                                    -- NULL while the trip is in progress
    dist_km          numeric(6,2),
    fare_amt         numeric(8,2)
);

CREATE TABLE maintenance_log (
    log_id        integer PRIMARY KEY,
    bike_id       integer NOT NULL REFERENCES bikes (bike_id),
    serviced_on   date NOT NULL,
    svc_kind      text NOT NULL,
    cost_amt      numeric(8,2) NOT NULL
);

-- 24 stations in three cities; stations 23 and 24 opened in December 2025 and have no trips yet.
INSERT INTO stations (stn_id, stn_name, city, dock_count, opened_on)
SELECT g,
       (ARRAY['Harbor Square','Mill Street','Central Library','Union Depot','Oak Park','Riverside Walk',
              'Market Hall','City Hospital','Tech Campus','Old Brewery','Stadium Gate','Lakeview Pier',
              'Elm & 5th','Civic Center','Greenway North','Greenway South','Museum Row','Ferry Terminal',
              'University East','Canal Bridge','Airport Link','Westfield Plaza','Northgate','Quarry Lane'])[g],
       (ARRAY['Riverton','Lakeside','Hillcrest'])[1 + g % 3],
       12 + (g * 7) % 19,
       CASE WHEN g <= 22 THEN date '2021-03-01' + (g * 41) % 900 ELSE date '2025-12-10' + (g - 23) * 5 END
FROM generate_series(1, 24) AS g;

-- 300 bikes; bikes 281..300 are brand new and have never been ridden.
INSERT INTO bikes (bike_id, model_nm, bike_type, home_stn_id, is_in_service)
SELECT g,
       CASE WHEN g % 3 = 0 THEN (ARRAY['VoltRunner 2','E-Glide Pro','VoltRunner 3'])[1 + (g / 3) % 3]
            ELSE (ARRAY['CityCruiser','Roadster 7','CityCruiser XL','Commuter Classic'])[1 + g % 4] END,
       CASE WHEN g % 3 = 0 THEN 'electric' ELSE 'classic' END,
       1 + (g * 7) % 22,
       (g % 13 <> 0)
FROM generate_series(1, 300) AS g;

-- 800 members; members 761..800 joined but have never ridden.
INSERT INTO members (member_id, first_nm, last_nm, email_addr, plan_type, joined_on, birth_yr)
SELECT g,
       (ARRAY['Ava','Liam','Noah','Emma','Olivia','Mateo','Sofia','Lucas','Mia','Ethan',
              'Zoe','Omar','Priya','Chen','Ines','Jonas','Aisha','Diego','Hana','Felix'])[1 + g % 20],
       (ARRAY['Garcia','Smith','Nguyen','Kowalski','Okafor','Brown','Rossi','Tanaka','Silva','Miller',
              'Haddad','Larsen','Patel','Novak','Dubois','Khan','Fischer'])[1 + (g * 7) % 17],
       CASE WHEN g % 37 = 0 THEN NULL
            ELSE lower((ARRAY['Ava','Liam','Noah','Emma','Olivia','Mateo','Sofia','Lucas','Mia','Ethan',
                              'Zoe','Omar','Priya','Chen','Ines','Jonas','Aisha','Diego','Hana','Felix'])[1 + g % 20])
                 || '.' || g || '@ridermail.example' END,
       CASE WHEN g % 5 IN (0, 1) THEN 'annual' WHEN g % 5 IN (2, 3) THEN 'monthly' ELSE 'day_pass' END,
       date '2022-01-01' + (g * 3) % 1400,
       CASE WHEN g % 29 = 0 THEN NULL ELSE 1950 + (g * 7) % 55 END
FROM generate_series(1, 800) AS g;

-- 4000 trips over 2024-2025. Every 6th trip is a casual ride (no member). Trips 3991..4000 are still in progress.
INSERT INTO trips (trip_id, bike_id, member_id, start_stn_id, end_stn_id, started_at, ended_at, dist_km, fare_amt)
SELECT g,
       1 + (g * 17) % 280,
       CASE WHEN g % 6 = 0 THEN NULL
            WHEN g % 5 = 0 THEN 1 + (g / 5) % 40
            ELSE 1 + (g * 13) % 760 END,
       CASE WHEN g % 7 = 0 THEN 3
            WHEN g % 11 = 0 THEN 8
            WHEN g % 13 = 0 THEN 15
            WHEN g % 17 = 0 THEN 19
            ELSE 1 + (g * 5) % 22 END,
       CASE WHEN g > 3990 THEN NULL ELSE 1 + (g * 3 + 7) % 22 END,
       CASE WHEN g > 3990 THEN timestamp '2025-12-31 22:00' + (g - 3990) * interval '4 minutes'
            ELSE timestamp '2024-01-01 06:00' + ((g * 7919) % 730) * interval '1 day'
                                              + ((g * 37) % 900) * interval '1 minute' END,
       CASE WHEN g > 3990 THEN NULL
            ELSE timestamp '2024-01-01 06:00' + ((g * 7919) % 730) * interval '1 day'
                                              + ((g * 37) % 900) * interval '1 minute'
                                              + (4 + (g * 11) % 57) * interval '1 minute' END,
       CASE WHEN g > 3990 THEN NULL ELSE round(0.4 + ((g * 29) % 140) / 10.0, 2) END,
       CASE WHEN g > 3990 THEN NULL
            WHEN g % 6 = 0 THEN round(3.50 + (4 + (g * 11) % 57) * 0.15, 2)
            ELSE round(1.00 + (4 + (g * 11) % 57) * 0.10, 2) END
FROM generate_series(1, 4000) AS g;

-- 640 maintenance records over 2024-2025.
INSERT INTO maintenance_log (log_id, bike_id, serviced_on, svc_kind, cost_amt)
SELECT g,
       1 + (g * 23) % 300,
       date '2024-01-02' + (g * 97) % 728,
       (ARRAY['brake_adjust','tire_replace','chain_lube','battery_swap','safety_check','light_repair'])[1 + g % 6],
       round(8 + ((g * 31) % 170) * 0.75, 2)
FROM generate_series(1, 640) AS g;

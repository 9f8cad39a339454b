-- A dev set's database, made up on 2026-12-02 and written blind: the practice-management database
-- of a veterinary clinic chain, as a legacy system leaves it (abbreviated columns, half-documented).
-- Some keys declared (vets.clinic_id, appointments.pet_id, appointments.clinic_id,
-- appt_treatments.appt_id, invoices.owner_id), others only implied (pets.owner_id -> owners.owner_id,
-- appointments.vet_no -> vets.vet_no, appt_treatments.treatment_cd -> treatment_catalog.treatment_cd,
-- prescriptions.appt_id -> appointments.appt_id, invoices.appt_id, payments.invoice_no ->
-- invoices.invoice_no). Timestamps are local wall-clock `timestamp` (no time zone), categorical text
-- is lower case. Edge values on purpose: shelter pets without an owner (NULL owner_id), owners without
-- pets or e-mail, pets that never had an appointment, unknown breed and birth date (NULL), a clinic
-- not yet open (no appointments), walk-ins without a vet, completed visits missing their end time,
-- visits started early, on time and late, refills unknown (NULL), void and partly paid invoices.
-- Deterministic: generate_series and modular arithmetic only.

create table clinics (
  clinic_id   int primary key,
  clinic_nm   text not null,
  city        text not null,
  opened_dt   date not null,
  phone_no    text                     -- null when unlisted
);
insert into clinics values
  (1, 'Riverside Animal Hospital',  'Portland',  '2015-04-01', '503-555-0101'),
  (2, 'Oak Street Vet Clinic',      'Portland',  '2017-09-15', null),
  (3, 'Lakeview Pet Care',          'Seattle',   '2016-02-01', '206-555-0133'),
  (4, 'Harborside Veterinary',      'Tacoma',    '2019-06-10', '253-555-0144'),
  (5, 'Cedar Hills Animal Clinic',  'Beaverton', '2020-01-20', '503-555-0155'),
  (6, 'Eastgate Pet Hospital',      'Bellevue',  '2021-03-05', '425-555-0166'),
  (7, 'Summit Paws Vet',            'Spokane',   '2022-08-01', null),
  (8, 'Northgate Veterinary Center','Seattle',   '2026-02-01', null);   -- not open yet: no appointments

create table vets (
  vet_no      int primary key,
  clinic_id   int not null references clinics (clinic_id),
  full_name   text not null,
  specialty   text,                    -- 'surgery', 'dentistry', 'dermatology'; null = general practice
  hired_dt    date not null,
  is_active   boolean not null
);
insert into vets
select v,
       case when v <= 28 then 1 + (v - 1) % 7 else 8 end,
       'Dr. ' ||
       (array['Alice', 'Marcus', 'Priya', 'Tomás', 'Hannah', 'Kenji', 'Olivia', 'Rafael', 'Chloé', 'Daniel',
              'Ingrid', 'Samuel', 'Yara', 'Victor', 'Mei'])[1 + v % 15]
       || ' ' ||
       (array['Hartley', 'Nguyen', 'Okafor', 'Lindqvist', 'Moreno', 'Fischer', 'Sato', 'Brennan', 'Kowalski',
              'Dubois', 'Patel', 'Ramírez', 'Olsen', 'Abara', 'Castillo', 'Whitman', 'Haddad'])[1 + (v * 4) % 17],
       case v % 5 when 0 then 'surgery' when 1 then 'dentistry' when 3 then 'dermatology' end,
       date '2012-03-01' + ((v * 211) % 4000) * interval '1 day',
       v % 11 <> 0
from generate_series(1, 30) v;

create table owners (
  owner_id       int primary key,
  first_nm       text not null,
  last_nm        text not null,
  email          text,                 -- null when never given
  phone_no       text not null,
  city           text not null,
  registered_at  timestamp not null
);
insert into owners
select o,
       (array['James', 'Maria', 'Robert', 'Linda', 'Michael', 'Sarah', 'David', 'Karen', 'Daniel', 'Nancy',
              'Kevin', 'Laura', 'Brian', 'Emily', 'Jason', 'Megan', 'Eric', 'Rachel', 'Adam', 'Sofia'])[1 + o % 20],
       (array['Anderson', 'Baker', 'Clark', 'Davis', 'Evans', 'Foster', 'Garcia', 'Hughes', 'Ito', 'Jensen',
              'Khan', 'Lopez', 'Miller', 'Novak', 'Ortiz', 'Parker', 'Quinn', 'Reyes', 'Schmidt', 'Turner',
              'Umar', 'Vance', 'Walsh'])[1 + (o * 7) % 23],
       case when o % 9 = 0 then null else 'owner' || o || '@' || (array['gmail.com', 'outlook.com', 'yahoo.com', 'proton.me'])[1 + o % 4] end,
       '555-' || lpad(((o * 7919) % 10000)::text, 4, '0'),
       (array['Portland', 'Seattle', 'Tacoma', 'Beaverton', 'Bellevue', 'Spokane', 'Portland', 'Seattle',
              'Vancouver', 'Gresham', 'Portland'])[1 + (o * 3) % 11],
       timestamp '2018-01-05 09:00:00' + ((o * 97) % 2800) * interval '1 day' + ((o * 13) % 540) * interval '1 minute'
from generate_series(1, 300) o;

create table pets (
  pet_id     int primary key,
  owner_id   int,                      -- implied key to owners; null = shelter animal
  pet_name   text not null,
  species    text not null,            -- 'dog', 'cat', 'rabbit', 'bird', 'ferret'
  breed      text,                     -- null when unknown
  birth_dt   date,                     -- null when unknown
  sex        char(1) not null,         -- 'M' / 'F'
  weight_kg  numeric(6,2) not null,
  neutered   boolean not null
);
insert into pets
select p,
       case when p <= 250 then p                                     -- owners 1..250: first pet
            when p <= 400 then 1 + ((p - 251) * 7) % 150             -- owners 1..150: a second pet
            when p <= 470 then 2 * (1 + ((p - 401) * 11) % 70)       -- even owners 2..140: a third
            when p <= 500 then 1 + 4 * (((p - 471) * 13) % 30)      -- owners 1, 5, .., 117: another
            when p <= 510 then null                                  -- shelter animals
            else 251 + (p - 511) * 3 end,                            -- a few owners 251..278
       (array['Bella', 'Max', 'Luna', 'Charlie', 'Lucy', 'Cooper', 'Daisy', 'Milo', 'Nala', 'Rocky', 'Coco',
              'Oliver', 'Zoe', 'Simba', 'Pepper', 'Toby', 'Willow', 'Biscuit', 'Kiwi', 'Mochi'])[1 + (p * 3) % 20],
       sp.species,
       case when p % 8 = 0 then null
            when sp.species = 'dog' then (array['labrador retriever', 'german shepherd', 'beagle', 'poodle', 'dachshund', 'golden retriever'])[1 + (p / 13) % 6]
            when sp.species = 'cat' then (array['domestic shorthair', 'siamese', 'domestic shorthair', 'maine coon', 'persian', 'british shorthair', 'domestic shorthair', 'maine coon'])[1 + p % 8]
            when sp.species = 'rabbit' then (array['holland lop', 'netherland dwarf'])[1 + p % 2]
            when sp.species = 'bird' then (array['budgerigar', 'cockatiel', 'african grey'])[1 + p % 3]
            else 'standard' end,
       case when p % 23 = 0 then null else date '2010-01-01' + ((p * 131) % 5400) end,
       case when p % 2 = 0 then 'F' else 'M' end,
       case sp.species when 'dog' then 4.5 + (p * 7) % 38 + (p % 10) * 0.1
                       when 'cat' then 2.6 + (p % 6) * 0.75
                       when 'rabbit' then 1.2 + (p % 5) * 0.3
                       when 'bird' then 0.04 + (p % 7) * 0.05
                       else 0.9 + (p % 4) * 0.25 end,
       p % 3 <> 0
from generate_series(1, 520) p
cross join lateral (select (array['dog', 'cat', 'dog', 'cat', 'dog', 'rabbit', 'cat', 'dog', 'bird', 'cat',
                                  'ferret', 'dog', 'rabbit'])[1 + (p * 5) % 13] as species) sp;

create table appointments (
  appt_id     int primary key,
  pet_id      int not null references pets (pet_id),
  clinic_id   int not null references clinics (clinic_id),
  vet_no      int,                     -- implied key to vets; null for unassigned walk-ins
  appt_dt     timestamp not null,      -- scheduled start
  started_at  timestamp,               -- null unless completed
  ended_at    timestamp,               -- null unless completed (and missing for a few completed ones)
  status      text not null,           -- 'scheduled', 'completed', 'cancelled', 'no_show'
  reason      text not null            -- 'vaccination', 'checkup', 'dental', 'injury', 'skin', 'surgery', 'follow-up'
);
insert into appointments
select a, pet_id, 1 + (vet - 1) % 7,
       case when a % 53 = 0 then null else vet end,
       appt_dt,
       case when st = 'completed' then appt_dt + (((a * 7) % 25) - 5) * interval '1 minute' end,
       case when st = 'completed' and a % 41 <> 0
            then appt_dt + (((a * 7) % 25) - 5) * interval '1 minute'
                 + (case reason when 'surgery' then 95 when 'dental' then 55 when 'injury' then 40
                                when 'skin' then 30 when 'checkup' then 25 when 'follow-up' then 15 else 12 end
                    + (a * 11) % 20) * interval '1 minute' end,
       st, reason
from (
  select a, pet_id, vet, appt_dt, reason,
         case when appt_dt >= timestamp '2025-11-20 00:00:00' then 'scheduled'
              when a % 17 = 0 or a % 50 = 1 + (vet - 1) % 7 then 'cancelled'
              when a % 19 = 0 or (a % 31 = 0 and (vet - 1) % 7 in (2, 5)) or (a % 37 = 0 and (vet - 1) % 7 = 5) then 'no_show'
              else 'completed' end as st
  from (
    select a,
           1 + (a * 11) % 487 as pet_id,
           case when a % 5 = 0 then 1 + (a / 5) % 9 else 1 + (a * 13) % 28 end as vet,
           timestamp '2024-01-02 08:00:00' + ((a * 37) % 700) * interval '1 day'
             + (a % 10) * interval '1 hour' + ((a * 3) % 4) * interval '15 minutes' as appt_dt,
           (array['vaccination', 'checkup', 'dental', 'injury', 'skin', 'surgery', 'follow-up',
                  'checkup', 'vaccination', 'skin'])[1 + (a * 3) % 10] as reason
    from generate_series(1, 1600) a
  ) x
) y;

create table treatment_catalog (
  treatment_cd  text primary key,
  treatment_nm  text not null,
  category      text not null,         -- 'vaccine', 'procedure', 'diagnostic', 'medication'
  list_price    numeric(8,2) not null
);
insert into treatment_catalog values
  ('VAC-RAB', 'Rabies vaccine',           'vaccine',    32.00),
  ('VAC-DHP', 'DHPP booster',             'vaccine',    38.50),
  ('VAC-FVR', 'FVRCP vaccine',            'vaccine',    35.00),
  ('EXM-STD', 'Standard examination',     'procedure',  65.00),
  ('DEN-CLN', 'Dental cleaning',          'procedure', 240.00),
  ('SUR-SPY', 'Spay / neuter surgery',    'procedure', 410.00),
  ('WND-CAR', 'Wound care and dressing',  'procedure',  85.00),
  ('LAB-CBC', 'Complete blood count',     'diagnostic', 72.00),
  ('XRY-2V',  'X-ray, two views',         'diagnostic', 150.00),
  ('DRM-CYT', 'Skin cytology',            'diagnostic', 58.00),
  ('INJ-ABX', 'Antibiotic injection',     'medication', 44.00),
  ('INJ-PAIN','Pain relief injection',    'medication', 39.00),
  ('MCR-CHP', 'Microchip implant',        'procedure',  55.00);  -- never billed

create table appt_treatments (
  line_id       int primary key,
  appt_id       int not null references appointments (appt_id),
  treatment_cd  text not null,         -- implied key to treatment_catalog
  qty           int not null,
  unit_price    numeric(8,2) not null, -- list price, 10% off on some lines
  line_amt      numeric(10,2) not null -- qty * unit_price
);
insert into appt_treatments
select row_number() over (order by a.appt_id, k), a.appt_id, c.treatment_cd, q.qty, q.unit_price, q.qty * q.unit_price
from appointments a
cross join generate_series(1, 2) k
cross join lateral (
  select case a.reason
           when 'vaccination' then (array['VAC-RAB', 'VAC-DHP', 'VAC-FVR', 'EXM-STD'])[1 + (a.appt_id + k) % 4]
           when 'checkup'     then (array['EXM-STD', 'LAB-CBC', 'VAC-RAB'])[1 + (a.appt_id + k) % 3]
           when 'dental'      then (array['DEN-CLN', 'EXM-STD', 'INJ-PAIN'])[1 + (a.appt_id + k) % 3]
           when 'injury'      then (array['WND-CAR', 'XRY-2V', 'INJ-ABX', 'INJ-PAIN'])[1 + (a.appt_id + k) % 4]
           when 'skin'        then (array['DRM-CYT', 'INJ-ABX', 'EXM-STD'])[1 + (a.appt_id + k) % 3]
           when 'surgery'     then (array['SUR-SPY', 'LAB-CBC', 'INJ-PAIN'])[1 + (a.appt_id + k) % 3]
           else (array['EXM-STD', 'WND-CAR'])[1 + (a.appt_id + k) % 2] end as treatment_cd
) t
join treatment_catalog c on c.treatment_cd = t.treatment_cd
cross join lateral (
  select case when c.category in ('medication', 'vaccine') and a.appt_id % 6 = 0 then 2 else 1 end as qty,
         case when a.appt_id % 10 = 3 then round(c.list_price * 0.9, 2) else c.list_price end as unit_price
) q
where a.status = 'completed' and k <= case when a.appt_id % 3 = 0 then 2 else 1 end;

create table prescriptions (
  rx_id        int primary key,
  appt_id      int not null,           -- implied key to appointments
  drug_nm      text not null,
  dosage       text not null,
  days_supply  int not null,
  price        numeric(8,2) not null,
  refills      int                     -- null when not recorded
);
insert into prescriptions
select row_number() over (order by appt_id), appt_id, d.drug_nm, d.dosage,
       d.base_days + (appt_id % 4) * 7,
       d.base_price + (appt_id % 5) * 2.5,
       case when appt_id % 11 = 0 then null else (appt_id / 3) % d.max_refills end
from appointments a
cross join lateral (
  select (array['amoxicillin', 'meloxicam', 'apoquel', 'bravecto', 'gabapentin', 'prednisolone', 'cerenia'])[1 + (appt_id / 3) % 7] as drug_nm
) n
cross join lateral (
  select n.drug_nm,
         case n.drug_nm when 'amoxicillin' then '250 mg twice daily' when 'meloxicam' then '1.5 mg/ml once daily'
                        when 'apoquel' then '16 mg once daily' when 'bravecto' then '1 chew every 12 weeks'
                        when 'gabapentin' then '100 mg every 8 hours' when 'prednisolone' then '5 mg once daily'
                        else '24 mg once daily' end as dosage,
         case n.drug_nm when 'bravecto' then 84 when 'apoquel' then 30 else 7 end as base_days,
         case n.drug_nm when 'amoxicillin' then 18.00 when 'meloxicam' then 24.00 when 'apoquel' then 68.00
                        when 'bravecto' then 59.00 when 'gabapentin' then 27.50 when 'prednisolone' then 12.00
                        else 31.00 end as base_price,
         case n.drug_nm when 'bravecto' then 4 when 'apoquel' then 6 else 3 end as max_refills
) d
where a.status = 'completed' and a.appt_id % 3 = 0 and a.reason <> 'vaccination';

create table invoices (
  invoice_no  int primary key,
  appt_id     int,                     -- implied key to appointments
  owner_id    int not null references owners (owner_id),
  issued_dt   date not null,
  due_dt      date not null,
  amt_due     numeric(10,2) not null,
  status      text not null            -- 'paid', 'open', 'partial', 'void'
);
insert into invoices
select 10000 + a.appt_id, a.appt_id, p.owner_id, a.appt_dt::date, a.appt_dt::date + 30,
       coalesce((select sum(line_amt) from appt_treatments t where t.appt_id = a.appt_id), 0)
       + coalesce((select sum(price) from prescriptions r where r.appt_id = a.appt_id), 0)
       + case when a.status = 'no_show' then 25 else 0 end,
       case when a.appt_id % 29 = 0 then 'void'
            when a.appt_id % 9 = 0 then 'open'
            when a.appt_id % 13 = 0 then 'partial'
            else 'paid' end
from appointments a
join pets p on p.pet_id = a.pet_id
where a.status = 'completed' or (a.status = 'no_show' and a.appt_id % 2 = 0);

create table payments (
  payment_id  int primary key,
  invoice_no  int not null,            -- implied key to invoices
  paid_at     timestamp not null,
  amount      numeric(10,2) not null,
  method      text not null            -- 'card', 'cash', 'transfer', 'insurance'
);
insert into payments
select row_number() over (order by i.invoice_no, k), i.invoice_no,
       i.issued_dt + ((i.invoice_no * 3) % 12 + (k - 1) * 9) * interval '1 day' + (9 + i.invoice_no % 9) * interval '1 hour'
         + ((i.invoice_no * 7) % 60) * interval '1 minute',
       case when i.status = 'partial' then round(i.amt_due * 0.4, 2)
            when n = 2 and k = 1 then round(i.amt_due * 0.7, 2)
            when n = 2 then i.amt_due - round(i.amt_due * 0.7, 2)
            else i.amt_due end,
       case when n = 2 and k = 1 then 'insurance'
            else (array['card', 'card', 'cash', 'transfer', 'card', 'insurance', 'cash'])[1 + (i.invoice_no * 5) % 7] end
from invoices i
cross join lateral (select case when i.status = 'paid' and i.invoice_no % 7 = 2 then 2 else 1 end as n) m
cross join generate_series(1, 2) k
where i.status in ('paid', 'partial') and i.amt_due > 0 and k <= m.n;

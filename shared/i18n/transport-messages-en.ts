/** Field and refusal messages of point-to-point transport (spread into the catalogue's `v`). */
export const transportMessagesEn = {
  time: 'Enter a time as HH:MM',
  date_time: 'Enter a date and time',
  plate: 'A plate is a province character, a letter and 5 or 6 letters or digits, e.g. 鄂Q12345',
  seats_range: 'Between 1 and 99 seats',
  seats_below_booked: 'Fewer seats than people already booked: remove passengers first',
  seats_below_taken: 'Someone sits in a seat beyond this number: move them first',
  seat_range: 'No such seat on this bus',
  duplicate: 'Listed twice',
  supply_name_taken: 'This item is already on the list',
  supply_unknown: 'This supply item does not exist (any more)',
  trip_closed_passengers:
    'Trip {{trip}} is closed: its passengers and their ticks can no longer be changed (its person-trips are recorded).',
  trip_cancelled: 'Trip {{trip}} was cancelled and can no longer be changed.',
  trip_schedule_fixed: 'Trip {{trip}} has left: its date, county and number of seats can no longer change.',
  trip_double_booking:
    'Already booked on another bus on {{date}} ({{count}}): {{names}}. A person rides one bus a day; remove them from the other trip first.',
  trip_status: 'Trip {{trip}} cannot move to that status from where it is now.',
  trip_no_passengers: 'Trip {{trip}} has no passengers yet.',
  trip_nobody_boarded: 'Trip {{trip}}: nobody has been ticked on board yet.',
  trip_seating_locked:
    'Trip {{trip}} has left: passengers can only be added, moved or removed before departure.',
  trip_not_eligible:
    'Cannot ride ({{count}}): {{names}}. Only verified people whose next step may be a bus ride, on or after their latest step, can be seated.',
  trip_rode_unresolved:
    'Already rode with no interview result yet ({{count}}): {{names}}. Confirm that they need to ride again to seat them.',
  trip_already_on: 'Already on this bus: {{names}}',
  trip_over_capacity:
    'Over capacity: trip {{trip}} has {{seats}} seats and {{free}} free; {{requested}} people were to be added.',
  trip_boarding_locked:
    'Trip {{trip}}: boarding is ticked from the start of boarding until the trip is closed.',
  trip_arrival_locked: 'Trip {{trip}}: arrival is ticked after “Confirm arrival”.',
  trip_arrived_not_boarded: '{{name}} cannot arrive without having boarded.',
  trip_reason_mismatch:
    'The reason does not fit {{name}}: “did not show” is for someone who did not board, “left at a stop” for someone who boarded and did not arrive.',
  trip_close_not_arrived:
    'Trip {{trip}} cannot be closed without the arrival count: press “Confirm arrival” and tick who got off the bus.',
  trip_close_future: 'Trip {{trip}} is dated {{date}}: it cannot be closed before that day.',
  trip_close_no_arrivals:
    'Trip {{trip}} has no arrival count: nobody is ticked as arrived. Tick who arrived (or cancel the trip).',
  trip_close_unexplained:
    'The counts do not match: {{notBoarded}} not boarded and {{notArrived}} not arrived without a reason. Give each difference a reason.',
  trip_close_refused:
    'Trip {{trip}} cannot record the ride for {{count}}: {{names}} (their pipeline changed since they were seated).',
};

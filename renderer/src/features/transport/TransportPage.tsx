import '../../styles/transport.css';
import { TripDetailPage } from './detail/TripDetailPage';
import { useSubRoute } from './hash-path';
import { TripList } from './TripList';

/** `#/transport` lists the trips (grid or daily view); `#/transport/trip/<id>` is one trip. */
export function TransportPage() {
  const [section, id] = useSubRoute();
  if (section === 'trip' && id) return <TripDetailPage key={id} tripId={id} />;
  return <TripList />;
}

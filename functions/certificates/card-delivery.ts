/** From a produced card to the holder's hands: by express post or collected at the counter (快递送达). */
import type { Transition } from '../matters/matter-type.js';
import { findDistrict } from '../districts/district-config.js';
import type { Application } from './application.js';

type T = Transition<Application, unknown>;

const confirmed = (from: 'shipped' | 'ready_for_pickup', event: 'confirmDelivery' | 'confirmPickup'): T => ({
  from: [from],
  to: 'completed',
  by: 'staff',
  event,
  effect: ({ matter, at }) => ({ set: { cardDelivery: { ...matter.cardDelivery!, at } } }),
});

export const cardDelivery = {
  produceCard: { from: ['approved'], to: 'card_produced', by: 'staff', event: 'produceCard' },
  ship: {
    from: ['card_produced'],
    to: 'shipped',
    by: 'staff',
    event: 'ship',
    effect: ({ input, at }) => ({
      set: { cardDelivery: { method: 'express', courier: String(input.courier), trackingNumber: String(input.trackingNumber), at } },
      params: { courier: String(input.courier), trackingNumber: String(input.trackingNumber) },
    }),
  },
  readyForPickup: {
    from: ['card_produced'],
    to: 'ready_for_pickup',
    by: 'staff',
    event: 'readyForPickup',
    effect({ matter, at }) {
      const place = findDistrict(matter.districtCode!)!.pickupPlace;
      return { set: { cardDelivery: { method: 'pickup', pickupPlace: place['zh-CN'], at } }, params: { placeZh: place['zh-CN'], placeEn: place.en } };
    },
  },
  confirmDelivery: confirmed('shipped', 'confirmDelivery'),
  confirmPickup: confirmed('ready_for_pickup', 'confirmPickup'),
} satisfies Record<string, T>;

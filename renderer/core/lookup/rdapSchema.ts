// The parts of an RDAP "ip network" response (RFC 9083) the extraction reads, validated loosely:
// registries add fields freely and leave out most of the optional ones, so unknown keys pass and
// every field is optional. What must hold is the type of what we read.
import { z } from 'zod';

const remark = z.looseObject({
  title: z.string().nullish(),
  description: z.array(z.string()).nullish(),
});

const event = z.looseObject({ eventAction: z.string(), eventDate: z.string().nullish() });

/** vCard in jCard form (RFC 7095): ["vcard", [[name, params, type, value...], ...]]. */
const vcardProperty = z.array(z.unknown()).min(4);
const vcardArray = z.tuple([z.literal('vcard'), z.array(vcardProperty)]);

export type RdapEntity = {
  handle?: string | null;
  roles?: string[] | null;
  vcardArray?: z.infer<typeof vcardArray> | null;
  remarks?: z.infer<typeof remark>[] | null;
  entities?: RdapEntity[] | null;
};

const entity: z.ZodType<RdapEntity> = z.lazy(() =>
  z.looseObject({
    handle: z.string().nullish(),
    roles: z.array(z.string()).nullish(),
    // A malformed vCard should cost that one entity its details, not the whole response.
    vcardArray: vcardArray.nullish().catch(null),
    remarks: z.array(remark).nullish(),
    entities: z.array(entity).nullish(),
  }),
);

export const rdapIpNetwork = z.looseObject({
  objectClassName: z.string().nullish(),
  handle: z.string().nullish(),
  name: z.string().nullish(),
  startAddress: z.string().nullish(),
  endAddress: z.string().nullish(),
  country: z.string().nullish(),
  port43: z.string().nullish(),
  cidr0_cidrs: z
    .array(
      z.looseObject({ v4prefix: z.string().nullish(), v6prefix: z.string().nullish(), length: z.number() }),
    )
    .nullish(),
  events: z.array(event).nullish(),
  remarks: z.array(remark).nullish(),
  entities: z.array(entity).nullish(),
  links: z.array(z.looseObject({ href: z.string().nullish(), rel: z.string().nullish() })).nullish(),
  errorCode: z.number().nullish(),
  title: z.string().nullish(),
  description: z.array(z.string()).nullish(),
});

export type RdapIpNetwork = z.infer<typeof rdapIpNetwork>;
export type RdapRemark = z.infer<typeof remark>;

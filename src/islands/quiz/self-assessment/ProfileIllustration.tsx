/**
 * A profile's illustration: a reference to its drawing in the page's sprite
 * (SelfAssessment.astro inlines src/assets/illustrations/profiles/*.svg as
 * <symbol>s once), so the island carries no SVG markup and the drawing takes
 * the page's light or dark colours through the --ill-* custom properties.
 */
export const ILLUSTRATION_VIEWBOX = '0 0 240 180';
export const illustrationId = (profileId: string) => `sa-ill-${profileId}`;

export function ProfileIllustration({ profileId, alt }: { profileId: string; alt: string }) {
  return (
    <svg class="sa-illustration" viewBox={ILLUSTRATION_VIEWBOX} role="img" aria-label={alt} width="240" height="180">
      <use href={`#${illustrationId(profileId)}`} />
    </svg>
  );
}

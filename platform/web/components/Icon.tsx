import sprites from 'bootstrap-italia/dist/svg/sprites.svg?url';

type IconProps = {
  /** Sprite id, e.g. `it-user`. */
  name: string;
  size?: 'xs' | 'sm' | 'lg' | 'xl';
  color?: 'primary' | 'secondary' | 'success' | 'warning' | 'danger' | 'white' | 'light';
  className?: string;
  /** Only for icons that carry meaning on their own; decorative icons stay hidden from screen readers. */
  title?: string;
};

/** bootstrap-italia's SVG sprite: one cached file instead of one JavaScript chunk per icon. */
export function Icon({ name, size, color, className, title }: IconProps) {
  const classes = ['icon', size && `icon-${size}`, color && `icon-${color}`, className].filter(Boolean).join(' ');
  return (
    <svg className={classes} aria-hidden={title ? undefined : true} role={title ? 'img' : undefined} focusable="false">
      {title && <title>{title}</title>}
      <use href={`${sprites}#${name}`} />
    </svg>
  );
}

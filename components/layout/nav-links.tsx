"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  const isActive = (href: string) => (href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`));
  return (
    <nav className="site-nav" aria-label="main">
      {items.map((i) => (
        <Link key={i.href} href={i.href} className={isActive(i.href) ? "site-nav__link is-active" : "site-nav__link"} aria-current={isActive(i.href) ? "page" : undefined}>
          {i.label}
        </Link>
      ))}
    </nav>
  );
}

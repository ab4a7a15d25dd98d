"use client";
import { signOut } from "next-auth/react";

export function UserMenu({ name, role, signOutLabel }: { name: string; role: string; signOutLabel: string }) {
  return (
    <div className="user-menu" data-testid="user-menu">
      {/* the name leads to one's account: sessions and API tokens */}
      <a className="user-menu__name" href="/account">
        {name}
      </a>
      <span className="tag">{role}</span>
      <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: "/login" })}>
        {signOutLabel}
      </button>
    </div>
  );
}

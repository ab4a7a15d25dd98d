"use client";
import { signOut } from "next-auth/react";

export function UserMenu({ name, role, signOutLabel }: { name: string; role: string; signOutLabel: string }) {
  return (
    <div className="user-menu" data-testid="user-menu">
      <span className="user-menu__name">{name}</span>
      <span className="tag">{role}</span>
      <button type="button" className="link-button" onClick={() => signOut({ callbackUrl: "/login" })}>
        {signOutLabel}
      </button>
    </div>
  );
}

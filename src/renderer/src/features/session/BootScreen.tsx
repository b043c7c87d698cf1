/** Shown while the window connects and signs in, before any store exists, or when it cannot start at all. */
export function BootScreen({ error }: { error?: string }) {
  return (
    <div className="center-screen" data-testid="boot">
      {error ? (
        <p className="form-error" role="alert">
          Switchboard cannot start: {error}
        </p>
      ) : (
        <p className="muted" role="status">
          Connecting to Switchboard…
        </p>
      )}
    </div>
  );
}

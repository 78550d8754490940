/** The names every design kind accepts for nodes, routers, bridges, scripts and interfaces. */
export const NAME_PATTERN = '^[A-Za-z][A-Za-z0-9_.-]*$';

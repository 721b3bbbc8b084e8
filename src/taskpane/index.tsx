// Placeholder entry until the task pane lands (issue 4).
export {};

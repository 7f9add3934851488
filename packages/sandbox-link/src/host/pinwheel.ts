// Work in progress: replaced by the full host script in the next commit.
export {}

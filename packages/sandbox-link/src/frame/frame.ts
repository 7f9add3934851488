// Work in progress: replaced by the full frame script in the next commit.
export {}
